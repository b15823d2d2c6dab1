#!/usr/bin/env python3
"""Write labels.jsonl from the hand-written table below (kept so the labels can be read and
edited as a table; labels.jsonl is what the evaluator reads; see ../label_table.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = {f"i{n:02d}" for n in range(3, 100, 3)}
LI, HD = "Abraham Lincoln", "House Divided Speech"
JE, DI = "Thomas Jefferson", "Declaration of Independence"
MA, CAP = "Karl Marx", "Capital"
ME, CM = "Karl Marx and Friedrich Engels", "The Communist Manifesto"
EN, CW = "Friedrich Engels", "The Condition of the Working Class in England"
LE, SR = "Vladimir Lenin", "The State and Revolution"
SH, HAM = "William Shakespeare", "Hamlet"
B = "Bible"
I01 = "i01-politico-house-divided-2014.txt"
I02 = "i02-peoplesdemocracy-marx-capital.txt"
I03 = "i03-dsp-lorimer-manifesto-relevance.txt"
I04 = "i04-marxists-vygodsky-method.txt"
I05 = "i05-powell-matthew-house-divided.txt"
I06 = "i06-politico-house-divided-2018.txt"
I07 = "i07-greatamericanhistory-lincoln-say-that.txt"
I08 = "i08-bucore-analects-polonius.txt"
I09 = "i09-hoyenhistoria-manifesto-published.txt"
I10 = "i10-nd-engels-manchester.txt"
I11 = "i11-quotewithrebuttal-shakespeare.txt"
I12 = "i12-citieschurch-way-truth-life.txt"
I13 = "i13-stmuscholars-house-divided-essay.txt"
I14 = "i14-fosterdickson-thine-own-self.txt"
I15 = "i15-revcom-manifesto-150th.txt"
I16 = "i16-csgrace-polonius-introspection.txt"
I17 = "i17-bl-engels-condition.txt"
I18 = "i18-berean-i-am-the-way.txt"
I19 = "i19-lotsofessays-marx-fetishism.txt"
I20 = "i20-enlunwen-marx-commodity-essay.txt"
I21 = "i21-novachurch-sermon-notes.txt"
I22 = "i22-vvumc-creed-romans8.txt"
I23 = "i23-iwethey-forum-polonius.txt"
I24 = "i24-truthbus-lincoln-douglas-abc.txt"
I25 = "i25-christianitytoday-vp-debate-liveblog.txt"
I26 = "i26-weeklyworker-lenin-misreading.txt"
I27 = "i27-independent-engels-condition-review.txt"
I28 = "i28-stage2omega-old-abe-comment.txt"
OPT = {"optional": True}
Q, S, T = "quotation", "scare", "title"

ROWS = [
    # doc, text-or-(from,to), kind, form, speaker, author, work, cue, source, note, extra
    (I01, "house divided,", Q, "marks", None, LI, HD, "Lincoln talks of", None, "headline words of the speech", OPT),
    (I01, "a house divided against itself cannot stand.", Q, "marks", None, LI, HD, "Abraham Lincoln told the Illinois Republican Convention, which had just nominated him as its senatorial candidate, that", None, "news report, several speakers in turn", {}),
    (I01, "all men are created equal.", Q, "marks", None, JE, DI, "the Declaration of Independence as embodied in the phrase", None, "Lincoln is the subject of the sentence, the Declaration names the source", {}),
    (I01, ("If we could first know where we are", "reached and passed."), Q, "marks", None, LI, HD, "Lincoln began:", None, "bracketed insertion inside", {}),
    (I01, ("… Lincoln, as a statesman", "covers the world."), Q, "marks", None, "William Herndon", None, "Herndon said:", None, "Lincoln named inside the quotation", {}),
    (I01, ("Nothing could have been more unfortunate", "in the right place."), Q, "marks", None, "Leonard Swett", None, "Swett wrote to Herndon:", None, "the addressee Herndon is named in the cue", {}),
    (I02, "Accumulation of capital is, therefore, increase of the proletariat,", Q, "marks", None, MA, CAP, "he showed how", None, "no verb of saying in its sentence; Marx (he) is the subject of the paragraph", {}),
    (I02, ("Hand in hand with this centralization", "character of the capitalistic regime."), Q, "marks", None, MA, CAP, "Marx summarised his demonstration of the inevitable victory of the new Socialist order over the old capitalist anarchy in the following words, which since then have become famous and have been confirmed a thousand times in practice:", None, "quoted paragraph after a colon", {}),
    (I03, ("in the sixteenth and seventeenth centuries", "class distinctions themselves"), Q, "marks", None, ME, None, "As they themselves later noted,", None, "they = the Manifesto's authors (the words are Engels's, Socialism: Utopian and Scientific); endnote 1", {}),
    (I03, "To make a science of socialism", Q, "marks", None, EN, "Socialism: Utopian and Scientific", "Engels pointed out in his 1880 pamphlet Socialism : Utopian and Scientific,", None, "split quotation, cue between the halves", {}),
    (I03, "it had first to be placed on a real basis", Q, "marks", None, EN, "Socialism: Utopian and Scientific", "Engels pointed out in his 1880 pamphlet Socialism : Utopian and Scientific,", None, "second half", {}),
    (I03, "real basis", Q, "marks", None, EN, "Socialism: Utopian and Scientific", "That", None, "echo", OPT),
    (I04, "... NOT A DOCTRINE BUT A METHOD", Q, "marks", None, None, None, None, None, "part heading, uncredited", OPT),
    (I04, "The working out of the method which forms the foundation of Marx's criticism of political economy,", Q, "marks", None, EN, None, "Engels observed,", None, "split; Marx named inside the first half", {}),
    (I04, "we consider a result of hardly less importance than the basic materialist outlook itself.", Q, "marks", None, EN, None, "Engels observed,", None, "second half", {}),
    (I04, "scaffolding", S, "marks", None, None, None, None, None, "", {}),
    (I04, ("My writing is getting on, but slowly.", "much better hidden away."), Q, "marks", None, MA, None, "he wrote to Engels:", None, "he = Marx; Engels is the addressee", {}),
    (I04, "... the result along with the process of arriving at it.", Q, "marks", None, "Hegel", None, "to quote Hegel,", None, "a second quotation in the sentence, another person", {}),
    (I05, "A house divided against itself shall not stand.", Q, "signature", None, LI, None, "—Abraham Lincoln", None, "epigraph under a Bible heading, dash signature below", {}),
    (I05, ("A house divided against itself cannot stand. I believe", "North as well as South."), Q, "colon_block", None, LI, HD, "Lincoln used it as the essential text for a speech in which he laid out his view that the United States could not continue to be a country in which slavery was legal in some states but not in others:", None, "", {}),
    (I05, "Jesus quote", S, "marks", None, None, None, None, None, "", {}),
    (I05, "house divided speech.", T, "marks", None, None, None, None, None, "", {}),
    (I06, "a house divided,", Q, "marks", None, LI, HD, "Lincoln laments", None, "headline", OPT),
    (I06, "a house divided against itself cannot stand.", Q, "marks", None, LI, HD, "Abraham Lincoln told the Illinois Republican Convention, which had just nominated him as its senatorial candidate, that", None, "", {}),
    (I06, "all men are created equal.", Q, "marks", None, JE, DI, "the Declaration of Independence as embodied in the phrase", None, "", {}),
    (I06, "house divided", Q, "marks", None, LI, HD, "explaining his reference to the", None, "the phrase named", OPT),
    (I06, ("The proposition is indisputably true", "peril of the times."), Q, "marks", None, LI, HD, "Lincoln read the speech to him in advance, explaining his reference to the “house divided” phrase this way:", None, "him = Herndon, the listener", {}),
    (I06, ("When I saw Sen. [Stephen] Douglas", "revelation, and utterance."), Q, "marks", None, "William Herndon", None, "Herndon later recalled:", None, "Lincoln and Douglas named inside", {}),
    (I06, ("Mr. Lincoln — why in the world", "revelation, and utterance."), Q, "marks", None, "William Herndon", None, "said to Mr. Lincoln one day this —", None, "nested: what Herndon said to Lincoln; closing marks ”’ in the page's order", OPT),
    (I07, ("Do you think we choose to be born?", "born into?"), Q, "marks", "Daniel Day-Lewis", None, "Lincoln", "Daniel Day-Lewis, playing Abraham Lincoln in Steven Spielberg’s movie “Lincoln,” asked this question.", None, "film dialogue, cue after; the page says Lincoln never said it", {}),
    (I07, "Lincoln,", T, "marks", None, None, None, None, None, "the film", {}),
    (I07, "religious in nature,", Q, "marks", None, "Mary Lincoln", None, "according to his wife, Mary,", None, "cue after", {}),
    (I07, "theological statement of rare depth,", Q, "marks", None, "Mark A. Noll", None, "which theologian Mark A. Noll describes as a", None, "", {}),
    (I08, ("This above all, to thine own self be true,", "false to any man."), Q, "signature", "Polonius", SH, HAM, "– Polonius, chief counselor to the king, in Hamlet by William Shakespeare, Act 1 Scene.", None, "verse lines, dash signature naming character, play and author", {}),
    (I09, "The history of all hitherto existing society is the history of class struggles", Q, "marks", None, ME, CM, "According to Marx and Engels’ theories about the nature of politics and society, they wrote:", None, "", {}),
    (I09, ("A spectre is haunting Europe", "German police-spies."), Q, "marks", None, ME, CM, "The Communist Manifesto has a Preamble:", None, "the work is the subject of the cue", {}),
    (I09, "Workers of the world unite!", Q, "marks", None, MA, CM, "Marx coined the phrase:", None, "", {}),
    (I10, "communist rabbi", S, "marks", None, None, None, None, None, "a nickname", {}),
    (I10, ("I forsook the company", "plain working men,"), Q, "marks", None, EN, None, "he explained.", None, "he = Engels, subject of the paragraph; cue after", {}),
    (I11, ("This above all: to thine own self be true,", "false to any man."), Q, "signature", "Polonius", SH, HAM, "-William Shakespeare, poet and dramatist (1564-1616)", None, "verse with slashes, dash signature naming the author; Polonius and Hamlet named after", {}),
    (I12, "Lord, where are you going?", Q, "marks", "Peter", None, B, "36 Simon Peter said to him,", None, "", {}),
    (I12, "Where I am going you cannot follow me now, but you will follow afterward.", Q, "marks", "Jesus", None, B, "Jesus answered him,", None, "", {}),
    (I12, ("Lord, why can I not follow you now?", "my life for you."), Q, "marks", "Peter", None, B, "37 Peter said to him,", None, "", {}),
    (I12, ("Will you lay down your life for me?", "denied me three times."), Q, "marks", "Jesus", None, B, "38 Jesus answered,", None, "the quotation runs on into the next paragraph (no closing mark)", {}),
    (I12, ("Let not your hearts be troubled.", "where I am going."), Q, "marks", "Jesus", None, B, None, None, "continuation paragraph of verse 38's speech", {}),
    (I12, ("Lord, we do not know where you are going.", "know the way?"), Q, "marks", "Thomas", None, B, "Thomas said to him,", None, "", {}),
    (I12, ("I am the way, and the truth, and the life.", "except through me."), Q, "marks", "Jesus", None, B, "6 Jesus said to him,", None, "", {}),
    (I12, "going", Q, "marks", "Jesus", None, B, "Jesus had told unbelieving crowds that he was", None, "", OPT),
    (I13, "House Divided", T, "marks", None, None, None, None, None, "", {}),
    (I13, "a house divided against itself cannot stand.", Q, "marks", None, LI, HD, "one thing was certain:", None, "endnote 1 after", {}),
    (I13, "And I see something like it every time I touch the Ohio or any other slave-boarder.", Q, "marks", None, LI, None, "He wrote years later that the sight was a continental torment to him:", None, "He = Lincoln (his friend named in between); endnote 2", {}),
    (I14, "To thine own self be true.", Q, "marks", "Polonius", SH, HAM, None, None, "post title", OPT),
    (I14, "Hamlet,", T, "marks", None, None, None, None, None, "", {}),
    (I14, ("This above all: to thine own self be true, And it must", "false to any man."), Q, "unmarked", "Polonius", SH, HAM, "he punctuates the short speech with the now-famous lines,", None, "verse run into the sentence without marks", {}),
    (I14, "Hamlet", T, "marks", None, None, None, None, None, "", {}),
    (I14, "To thine own self be true.", T, "marks", None, None, None, None, None, "a link to the post", {}),
    (I15, ("A spectre is haunting Europe--the spectre", "a manifesto of the party itself."), Q, "marks", None, ME, CM, "The bold opening lines of this pamphlet threw down a challenge:", None, "the authors named two paragraphs later", {}),
    (I16, ("This above all: to thine own self be true,", "false to any man."), Q, "verse_lines", "Polonius", SH, HAM, "Polonius recommends introspection and truthful self-assessment as the basis for honesty with others.", None, "verse lines after a paragraph naming the speaker", {}),
    (I17, "social and political power of your oppressors", Q, "marks", None, EN, CW, "Engels was horrified by", None, "", {}),
    (I17, "the dinner-parties ... and champagne of the middle classes", Q, "marks", None, EN, CW, "There, he gave up", None, "he = Engels (his father is the subject of the clause before)", {}),
    (I17, "the highest and most unconcealed pinnacle of social misery existing in our day", Q, "marks", None, EN, CW, "In The Condition of the Working Class in England, he described the living conditions in English industrial towns as", None, "", {}),
    (I18, "I am", Q, "marks", "Jesus", None, B, "the Jesus's seven", None, "", OPT),
    (I18, ("O children, I am with you", "you cannot come.'"), Q, "marks", None, None, B, "Starting from verse 33.", None, "a reading (John 13:33); Jesus not named", {}),
    (I18, "Where I am going, you cannot come.", Q, "marks", None, None, B, "now I also say to you,", None, "nested", OPT),
    (I18, ("Simon Peter said to him, 'Lord, where are you going?'", "follow you right now?'"), Q, "marks", None, None, B, "Verse 36.", None, "a reading with nested speech", {}),
    (I18, "Lord, where are you going?", Q, "marks", "Peter", None, B, "Simon Peter said to him,", None, "nested", {}),
    (I18, "Where I go, you cannot follow me now, but you will follow later.", Q, "marks", "Jesus", None, B, "Jesus answered,", None, "nested", {}),
    (I18, "Lord, why can I not follow you right now?", Q, "marks", "Peter", None, B, "Peter said to him,", None, "nested", {}),
    (I18, ("Do not let your heart be troubled;", "how do we know the way?'"), Q, "marks", None, None, B, "Chapter 14, verse 1.", None, "a reading over two paragraphs; stray closing single mark inside", {}),
    (I18, "Lord, we do not know where you are going; how do we know the way?", Q, "marks", "Thomas", None, B, "Thomas said to him,", None, "nested", {}),
    (I18, ("I am the way, the truth, and the life.", "but through me."), Q, "marks", "Jesus", None, B, "Jesus says,", None, "", {}),
    (I19, "fetishism of commodities,", Q, "marks", None, MA, CAP, "In Capital, Marx attributes that to the", None, "", {}),
    (I19, "value . . . that converts every product into a social hieroglyphic", Q, "marks", None, MA, CAP, "Marx refers to", None, "page reference (778) after", {}),
    (I20, "satisfying human wants", Q, "marks", None, MA, None, "One of the ideas that he puts forward is how the relationship between", None, "he = Marx", {}),
    (I20, "changes the forms", Q, "marks", None, MA, None, "He states that man easily", None, "", {}),
    (I20, "useful to him", Q, "marks", None, MA, None, "He states that man easily", None, "second quotation in the sentence", {}),
    (I20, "enigmatical character", Q, "marks", None, MA, None, "Marx describes the capitalist as an", None, "", {}),
    (I20, "form of commodities", Q, "marks", None, MA, None, "as soon as it takes the", None, "", {}),
    (I20, "their own labour is presented to them as a social relation", Q, "marks", None, MA, None, "Firstly, Marx states", None, "", {}),
    (I20, "between the product of their labour", Q, "marks", None, MA, None, "Marx goes on to say the producer’s labour only exists", None, "", {}),
    (I20, "perceptible and imperceptible", Q, "marks", None, MA, None, "he states that the qualities of the products of labour are", None, "", {}),
    (I21, ("Do not let your hearts be troubled.", "the place where I am going."), Q, "marks", None, None, B, "John 14:1-7", None, "verses, the reference two paragraphs below", {}),
    (I21, ("Lord, we don’t know where you are going", "know the way?"), Q, "marks", "Thomas", None, B, "5 Thomas said to him,", None, "", {}),
    (I21, ("I am the way and the truth and the life.", "and have seen him."), Q, "marks", "Jesus", None, B, "6 Jesus answered,", None, "", {}),
    (I21, "The Son is the image of the invisible God, the firstborn over all creation.", Q, "signature", None, None, B, "Colossians 1:15", None, "reference line below", {}),
    (I21, ("All of us have become like one who is unclean,", "our sins sweep us away."), Q, "signature", None, None, B, "Isaiah 64:6", None, "verse lines, reference below", {}),
    (I21, "God made him who had no sin to be sin for us, so that in him we might become the righteousness of God.", Q, "signature", None, None, B, "2 Corinthians 5:21", None, "", {}),
    (I22, ("Likewise the Spirit helps us in our weakness;", "in Christ Jesus our Lord."), Q, "unmarked", None, None, B, "Romans 8:26-39", None, "the reading under a reference heading", {}),
    (I22, "For your sake we are being killed all day long; we are accounted as sheep to be slaughtered.", Q, "marks", None, None, B, "As it is written,", None, "nested in the reading", {}),
    (I23, "what can I get away with", S, "marks", None, None, None, None, None, "", {}),
    (I23, ("The lessons in Polonius’", "goes on about everything."), Q, "unmarked", None, "NoSweatShakespeare", None, "NoSweatShakespeare:", None, "a forum post quoting a web page under a header line naming it", {}),
    (I23, "To thine own self be true", Q, "marks", "Polonius", SH, HAM, "The lessons in Polonius’", None, "names the speech", OPT),
    (I24, "A house divided against itself cannot stand.", Q, "marks", None, LI, None, "LINCOLN:", None, "inside a transcript turn", {}),
    (I24, "a land of swine and whores", Q, "marks", None, "Elijah H. Johnson", None, "he regularly called Kentucky", None, "he = Johnson (named in the moderator's question before); Lincoln's turn between", {}),
    (I25, ("Barack Obama nor I support", "what you call it."), Q, "marks", None, "Joe Biden", None, "Biden:", None, "", {}),
    (I25, "Her reward is in heaven,", Q, "marks", None, "Sarah Palin", None, "Palin seems to be speaking Christianese:", None, "", {}),
    (I25, "worldview,", Q, "marks", None, "Sarah Palin", None, "Palin seems to be speaking Christianese:", None, "", OPT),
    (I25, "city on a hill.", Q, "marks", None, "Sarah Palin", None, "Palin seems to be speaking Christianese:", None, "", OPT),
    (I25, ("I know education you are passionate about", "Her reward is in heaven, right?"), Q, "marks", None, "Sarah Palin", None, "Update: Palin to Biden", None, "the addressee Biden in the cue", {}),
    (I25, ("That world view that says", "unapologetic here."), Q, "marks", None, "Sarah Palin", None, "Update:", None, "the next update, still Palin; Reagan named inside", {}),
    (I26, "The state and revolution", T, "marks", None, None, None, None, None, "", {}),
    (I26, "framework", Q, "marks", None, "Nick Rogers", None, "His contention is that this established a", None, "His = Rogers; Lenin is named in the sentence before", {}),
    (I26, "justify Stalinist practice", Q, "marks", None, "Nick Rogers", None, "that in the 20th century was abused to", None, "second quotation in the sentence", {}),
    (I26, "withering away of the state", Q, "marks", None, EN, None, "Engels’ discussion of the post-revolutionary", None, "possessive cue; Lenin is the subject", {}),
    (I27, "barbarous indifference, hard egotism on one hand and nameless misery on the other", Q, "marks", None, EN, CW, "as he flays", None, "he = Engels (Hunt and Marx named before)", {}),
    (I28, ("If destruction be our lot,", "die by suicide."), Q, "marks", None, LI, None, "What he actually said was,", None, "he = Abraham Lincoln, named in the sentence before", {}),
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(HERE))
    from label_table import write_labels

    write_labels(HERE, ROWS, TEST, nested=True)
