#!/usr/bin/env python3
"""Write labels.jsonl from the hand-written table below (kept so the labels can be read and
edited as a table; labels.jsonl is what the evaluator reads; see ../label_table.py). Labelled before any tool was
run on these documents (session 7, issue 10)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = {f"j{n:02d}" for n in range(3, 100, 3)}
OPT = {"optional": True}
SIG = {"also_forms": ["signature"]}
B = "Bible"
AL, TW, SH, ED = "Abraham Lincoln", "Mark Twain", "William Shakespeare", "Ralph Waldo Emerson"
DO, ASIS, HF = "Arthur Conan Doyle", "A Study in Scarlet", "Adventures of Huckleberry Finn"
JA, PP, CB, JE = "Jane Austen", "Pride and Prejudice", "Charlotte Brontë", "Jane Eyre"
GA = "Gettysburg Address"

NAMES = sorted(os.listdir(os.path.join(HERE, "docs")))
D = {n[:3]: n for n in NAMES}


def q(doc, text, form="marks", speaker=None, author=None, work=None, cue=None, note="", extra=None, kind="quotation"):
    return (D[doc], text, kind, form, speaker, author, work, cue, None, note, dict(extra or {}))


def s(doc, text, kind="scare", note="", extra=None):
    return (D[doc], text, kind, "marks", None, None, None, None, None, note, dict(extra or {}))


ROWS = [
    # doc, text-or-(from,to), kind, form, speaker, author, work, cue, source, note, extra
    q("j01", ("The Lord is my shepherd; I shall not want. He makes", "dwell in the house of the Lord forever."), work=B, cue="—Psalms 23:1-6",
      note="a paragraph in quote marks under the heading, the reference after a dash on the same line", extra=SIG),
    q("j01", "The Lord is my shepherd; I shall not\n\n.", work=B, cue="This morning we’re going to focus on the first nine words of Psalm 23.",
      note="fill-in-the-blank notes: the quote mark closes after the blank", extra=OPT),
    q("j01", "He makes me lie down in green pastures… leads me beside still waters…", work=B, cue="Verse 2 says", note="'Verse 2 says “…”'"),
    q("j01", "He restores my soul…", work=B, cue="Verse 3 says"),
    q("j01", "He leads me in paths of righteousness for his name’s sake…", work=B, cue="Verse 3 also says"),
    q("j01", "Though I walk through the valley of the shadow of death…", work=B, cue="Verses 4 says"),
    q("j01", "You prepare a table before me in the presence of my enemies…", work=B, cue="verse 5 says"),
    q("j01", "I shall dwell in the house of the Lord forever…", work=B, cue="Verse 6 concludes,"),
    q("j02", ("Amazing grace! How sweet the sound", "Than when we’d first begun."), "verse_lines", None, "John Newton", "Amazing Grace",
      "Words: John Newton (1779)", note="hymn of six stanzas under its title, the writer in a 'Words:' line under it", extra=SIG),
    s("j02", "Amazing Grace", "title"),
    s("j02", "Faith's Review and Expectation", "title"),
    s("j02", "Divine and\nMoral Songs for Children", "title"),
    q("j03", "They fired on Fort Sumter? Invade Canada!", author=AL, cue="- Abraham Lincoln, 1861", note="made-up lines credited to Lincoln (a joke post), a dash credit line under each", extra=SIG),
    q("j03", "The Log Cabin Republicans give me a bad name.", author=AL, cue="-Abraham Lincoln", extra=SIG),
    q("j03", "The Confederates will greet us with magnolia blossoms and pralines.", author=AL, cue="-A. Lincoln", extra=SIG),
    q("j03", "Four score and...uh, er...........won't get fooled again.", author=AL, cue="-A. Lincoln, date uncertain", extra=SIG),
    q("j03", "The real reason I started the Civil War was that I had issues about my father.", author=AL, cue="- A. Lincoln", extra=SIG),
    q("j03", "Pull my finger.", author=AL, work="Second Inaugural", cue="- A. Lincoln, Second Inaugural", extra=SIG),
    q("j04", "It is a capital mistake to theorize before you have all the evidence.", speaker="Holmes", author=DO, work=ASIS,
      cue="(Holmes, warning Watson not to make an ASS out of U and ME.)", note="the speaker in a parenthesis on the next line; Doyle never named"),
    q("j04", "I have made a special study of cigar ashes--in fact, I have written a monograph upon the subject.", speaker="Holmes", author=DO, work=ASIS,
      cue="(Holmes, challenging Watson"),
    q("j04", "You sum up the difficulties of the situation succinctly and well.", speaker="Holmes", author=DO, work=ASIS, cue="(Holmes to Watson)"),
    q("j04", "There's the scarlet thread of murder running through the colorless skein of life.", author=DO, work=ASIS, cue=None, note="no speaker given"),
    q("j04", "There are vague memories in our souls of those misty centuries when the world was in its childhood.", speaker="Sherlock Holmes", author=DO, work=ASIS,
      cue="Yes, that was Sherlock Holmes speaking."),
    q("j04", "What you do in this world is a matter of no consequence. The question is, what can you make people believe that you have done?",
      speaker="Holmes", author=DO, work=ASIS, cue="This is Holmes, kvetching"),
    s("j05", "Economy", "title"),
    q("j05", ("The mass of men lead lives", "that had laid torpid began to stretch\nitself."), "unmarked", None, "Henry David Thoreau", "Walden",
      "Yes, Henry David Thoreau wrote this in the\nfirst chapter", note="prose laid out in short lines, cut with '. . .' and a bracketed insertion; no marks",
      extra={"also_forms": ["verse_lines"]}),
    q("j06", "Things won are done; life's joy lies in doing", "epigraph", None, SH, None, "~William Shakespeare", note="first line of the post, a tilde credit line under it", extra=SIG),
    q("j06", "Parting is such sweet sorrow,", "unmarked", None, None, None, None, note="the sign-off, Shakespeare's words unmarked (the post is a string of such allusions)", extra=OPT),
    q("j07", ("The Lord is my shepherd; I shall not want.", "and I shall dwell in the house of the Lord forever."), "verse_lines", None, None, B,
      "My assigned topic was Psalm 23.", note="the psalm a line a line at the top of the post, no marks, no credit; the post's '– Scott' is its signature"),
    q("j08", ("Four score and seven years ago our fathers brought forth,", "that that \n     nation might live."), "indented_block", None, AL, GA,
      "These are the words President Abraham Lincoln spoke on the blood-\ndrenched battlefield in Gettysburg, PA, on November 19, 1863:",
      note="Congressional Record: indented block after a colon, hard-wrapped lines with trailing spaces", extra={"also_forms": ["colon_block"]}),
    q("j09", "a few appropriate words,", author=None, cue="who had been invited to say", note="the words of Lincoln's invitation"),
    q("j09", "Four score and seven years ago our fathers brought forth on this continent a new nation, conceived in liberty, and dedicated to the proposition that all men are created equal.",
      "unmarked", None, AL, GA, "President Lincoln wrote for the ear;", note="a paragraph of its own, no marks, between paragraphs naming Lincoln and the Gettysburg Address"),
    q("j10", ("Thus, a new, unexpected literacy was created.", "I sure did..."), "md_blockquote", None, "Ken Campbell", None, "Ken Campbell wrote:",
      note="mailing-list reply: '>' lines (no space) under an 'X wrote:' header"),
    q("j10", ("I open up\nmy mail and what do I see.", "It is just not worth it."), speaker="Ken Campbell", author="Ken Campbell", cue="I still remember his parting words.",
      note="hard-wrapped lines inside the marks"),
    q("j11", ("God will not have his work made manifest by cowards...", "every heart vibrates to that iron string."), author=ED, work="Self-Reliance",
      cue="~Emerson, Self-Reliance", note="a numbered tweet: two lines in one pair of marks, a tilde credit line under it", extra=SIG),
    q("j11", ("Insist on yourself; never imitate.", "none but his Maker can teach him."), author=ED, cue="A thread of my favorite Emerson quotes:",
      note="three lines in one pair of marks, no credit line"),
    q("j11", ("What's in a name? That which we call a rose,", "would smell as sweet..."), author=SH, work="Romeo and Juliet", cue="1. Romeo and Juliet",
      note="the play named on the line above, act and scene after"),
    q("j11", ("...Out, out, brief candle!", "Signifying nothing."), author=SH, work="Macbeth", cue="2. Macbeth", note="six lines in one pair of marks"),
    s("j11", "Rood"),
    s("j11", "pole"),
    s("j12", "The Woods"),
    s("j12", "The Transcendentalists"),
    s("j12", "Influencer"),
    s("j12", "unroll"),
    q("j13", ("Here, (1.) In the firm faith of being heard,", "all my wants, all my cares."), "md_blockquote", None, "John Brown of Haddington", None,
      "-- John Brown of Haddington", note="forum export: a '>' block with a BBCode-centred '--' credit as its last line", extra=SIG),
    q("j13", ("1 I to the hills will lift mine eyes,", "God keep for ever will."), "verse_lines", None, None, B, "# Psalm 121",
      note="the Scottish metrical psalm, verse numbers at the line starts, four stanzas under the post's quoted comment"),
    *[q("j14", t, author=TW, work=HF, cue="here's a smaller sampler.", note="one quotation a line, the first credit line ('― Mark Twain, …') is above the whole post")
      for t in ("If you are with the quality, or at a funeral, or trying to go to sleep when you ain't sleepy - if you are anywheres where it won't do for you to scratch, why you will itch all over in upwards of a thousand places.",
                "Right is right, and wrong is wrong, and a body ain’t got no business doing wrong when he ain’t ignorant and knows better.",
                "All kings is mostly rapscallions, as fur as I can make out.",
                "The pitifulest thing out is a mob; that's what an army is--a mob; they don't fight with courage that's born in them, but with courage that's borrowed from their mass, and from their officers.",
                "You can't pray a lie -- I found that out.")],
    q("j15", ("come and go like muffled & vague figures", "We are all dying of miscellany"), author=ED, cue="Here’s a quote of his to put in your pipe:",
      note="'Days . .' before the opening mark, '. . .' omissions inside"),
    q("j15", "After thirty a man wakes up sad every morning", author=ED, cue="Or,even worse:"),
    q("j16", "I will lift up my eyes to the hills - from whence cometh my help.", work=B, cue="The opening words", note="KJV Psalm 121 named in the first sentence"),
    q("j16", "I will lift up my eyes to the hills.", work=B, cue="Later versions punctuate the sentence differently."),
    q("j16", "From whence cometh my help?", work=B, cue="then the next part,"),
    q("j16", "My help cometh from the Lord, which made heaven and earth.", work=B, cue="The the answer"),
    q("j16", "In crisis we look inwards and bcome afraid, we look around us and become confused, we look upwards and become serene.", speaker="someone", cue="Someone once said,"),
    q("j16", "I will lift up my eyes to the hills.", work=B, cue="Later versions punctuate the sentence differently.", note="the page repeats its paragraphs"),
    q("j16", "From whence cometh my help?", work=B, cue="then the next part,"),
    q("j16", "My help cometh from the Lord, which made heaven and earth.", work=B, cue="The the answer"),
    q("j16", "In crisis we look inwards and bcome afraid, we look around us and become confused, we look upwards and become serene.", speaker="someone", cue="Someone once said,"),
    q("j16", ("Unto the hills around do I lift up", "Who keepeth Israel in His holy care."), "verse_lines", None, None, None, "I love this old hymn -",
      note="hymn stanzas after 'I love this old hymn -', short lines indented by layout only"),
    q("j17", ("Oh, I was glad when they said to me,", "to give thanks to the name of the Lord."), speaker="David", work=B,
      cue="David wrote in Psalm 122, one of the Psalms of Ascent, starting in verse 1,", note="a nested single-quoted line inside"),
    q("j17", "Let us go to the house of the Lord.", speaker="they", work=B, cue="when they said to me,", note="nested", extra=OPT),
    q("j17", "Are we there yet?", speaker="the kids", cue="keep the kids from saying,", note="imagined speech", extra=OPT),
    q("j17", "No, we're not there yet, kids. Let's sing the Songs of Ascent again.", note="imagined speech, no tag", extra=OPT),
    q("j17", "Let's do it again, kids.", note="imagined speech, no tag", extra=OPT),
    q("j18", ("If you cannot understand my argument, and declare", "it is all one to me, for you are quoting Shakespeare."), author="Robert McCrum",
      work="The Story of English", cue="\"The Story of English\" Robert McCrum, William",
      note="a long paragraph whose opening mark is never closed; the credit paragraph under it (cut where the page excerpt ends)", extra=SIG),
    q("j18", "It's Greek to me,", speaker="you", note="nested: what 'you' declare (Shakespeare's phrase)", extra=OPT),
    s("j18", "The Story of English", "title"),
    s("j19", "flavor profile"),
    s("j19", "recipe"),
    q("j19", "I am no bird; and no net ensnares me: I am a free human being with an independent will.", speaker="Jane", author=CB, work=JE,
      cue="— Jane to Mr. Rochester.", note="a list item: the quotation, then a dash naming speaker and addressee; Brontë never named"),
    q("j19", "I would always rather be happy than dignified.", speaker="Jane", author=CB, work=JE, cue="— Jane to St. John Rivers."),
    q("j20", "Reader, I married him", speaker="Jane Eyre", author=CB, work=JE, cue=None, note="the post's heading", extra=OPT),
    s("j20", "plainness"),
    q("j20", "Reader, I married him", speaker="Jane Eyre", author=CB, work=JE, cue="My absolute favourite quote is", note="single curly quotes"),
    q("j20", "Reader, I married him", speaker="Jane Eyre", author=CB, work=JE, cue="it’s"),
    q("j21", "Please sir, I want some more.", speaker="Oliver", author="Charles Dickens", work="Oliver Twist", cue="is one of the most famous quotes of this book.",
      note="the page number after the closing mark"),
    q("j21", "Please sir can I have some more?", speaker="Oliver", author="Charles Dickens", work="Oliver Twist", cue="Many people falsely say the quote is",
      note="the common misquotation, named as such"),
    q("j21", "wants some more.", speaker="Oliver", cue="he says he", extra=OPT),
    s("j21", "can I have some more."),
    *[q("j22", t, speaker=sp, author=JA, work=PP, cue="Jane Austen, Pride and Prejudice: Ch. 1",
        note="the dialogue of chapter 1, a line a paragraph, no tags but one; annotation letters glued to words ('ofd')") for t, sp in (
        (("My dear, you flatter me.", "thinking of her own beauty."), "Mrs. Bennet"),
        ("In such cases, a woman has not often much beauty to think ofd.", "Mr. Bennet"),
        ("But, my dear, you must indeed go and see Mr. Bingley when he comes into the neighbourhood.", "Mrs. Bennet"),
        ("It is more than I engage for, I assure you.", "Mr. Bennet"),
        (("But consider your daughters.", "if you do notd."), "Mrs. Bennet"),
        (("You are over-scrupulous, surely.", "a good word for my little Lizzy."), "Mr. Bennet"),
        (("I desire you will do no such thing.", "always giving her the preference."), "Mrs. Bennet"),
    )],
    q("j22", "They have none of them much to recommend them,", speaker="Mr. Bennet", author=JA, work=PP, cue="replied he;",
      note="split quotation: first part", extra={"also_forms": ["marks"]}),
    q("j22", "they are all silly and ignorantd like other girls; but Lizzy has something more of quickness than her sisters.", speaker="Mr. Bennet", author=JA, work=PP,
      cue="replied he;", note="split quotation: second part"),
    *[q("j22", t, speaker=sp, author=JA, work=PP, cue="Jane Austen, Pride and Prejudice: Ch. 1") for t, sp in (
        (("Mr. Bennet, how can you abuse your own children", "poor nervesw."), "Mrs. Bennet"),
        (("You mistake me, my dear.", "these last twenty years at least."), "Mr. Bennet"),
        ("Ah, you do not know what I suffer.", "Mrs. Bennet"),
        ("But I hope you will get over it, and live to see many young men of four thousand a year come into the neighbourhood.", "Mr. Bennet"),
        ("It will be no use to us, if twenty such should come, since you will not visit them.", "Mrs. Bennet"),
    )],
    s("j23", "new"),
    q("j23", ("When the Son of Man [Jesus] comes in his glory,", "sit on his glorious throne."), work=B, cue="Matthew 25 v 31 tells us,",
      note="opens with a curly mark, closes with a straight one; a bracketed insertion"),
    q("j23", ("He [Jesus] will be great", "of his kingdom there will be no end."), work=B, cue="Luke 1v32-33 says,", note="opens straight, closes curly"),
    q("j23", ("Then I saw a new heaven and a new earth,", "“Behold, I am making all things new.” …"), work=B, cue="Revelation 21v1-5 says,",
      note="a long quotation holding two nested curly ones, closed after a trailing ellipsis"),
    q("j23", ("Behold, the dwelling place of God is with man.", "the former things have passed away."), speaker="a loud voice from the throne", work=B,
      cue="I heard a loud voice from the throne saying,", note="nested", extra=OPT),
    q("j23", "Behold, I am making all things new.", speaker="he who was seated on the throne", work=B, cue="he who was seated on the throne said,", note="nested", extra=OPT),
    q("j24", "Why don’t you quote the Bible more often in your blog posts?", speaker="Mari", cue="Mari asked me one day."),
    q("j24", "I guess I am afraid,", speaker="I", cue="I said,", note="split quotation, first part: '“A,” I said, “B.”'"),
    q("j24", "of misquoting the Bible.", speaker="I", cue="I said,", note="split quotation, second part"),
    q("j25", ("The facts with which I shall deal this evening", "the inferences and observations following that presentation."), author=AL, cue="Abraham Lincoln",
      note="quotation page: the opening mark never closed; a '―' line, then the name on the next", extra=SIG),
    q("j25", ("It is rather for us to be here dedicated", "shall not perish from the earth."), author=AL, cue="Abraham Lincoln", extra=SIG),
    q("j25", ("As a nation, we began by declaring that 'all men are created equal.'", "the base alloy of hypocrisy."), author=AL, cue="Abraham Lincoln",
      note="three nested single-quoted readings inside", extra=SIG),
    q("j25", "all men are created equal.", cue="we began by declaring that", note="nested (the Declaration)", extra=OPT),
    q("j25", "all men are created equal, except negroes.", note="nested", extra=OPT),
    q("j25", "all men are created equal, except negroes, and foreigners, and Catholics.", note="nested", extra=OPT),
    q("j26", "There is no way in SHIT that Oscar Wilde said anything like that. He would be insulted.", speaker="Lora", cue="I often read a pin and shake my head muttering,",
      note="a commenter's own muttering"),
    s("j26", "Shakespeare quote"),
    q("j26", "I wishith I thought of this", speaker="Shakespeare", author=SH, cue="then say", note="an imagined line put in Shakespeare's mouth", extra=OPT),
    q("j26", "Most quotes you find on the Internet are incorrect.", cue=None, note="the comment opens a quote mark, the page excerpt ends", extra=OPT),
    q("j27", "The trouble with quotes on the internet is that you can never know if they are genuine", author=AL, cue="He once said:",
      note="a joke line credited twice: 'He once said:' before, '-Abraham Lincoln, 1863.' after", extra=SIG),
    s("j28", "true"),
    s("j28", "period"),
    q("j28", "tomorrow is another day", cue="and we all know who said that, right?", note="credited to nobody by name; the comments ask who"),
    s("j28", "The Princess Bride", "title"),
    s("j28", "Firefly", "title"),
    q("j29", ("If you put the Christian Bible out in the wind and rain,", "My Bible is the wind and rain."), "colon_block", None, None, None,
      "One of my favorite quotes, I do not remember who said it though;", note="forum post: the quotation a paragraph after a line ending in a semicolon"),
    q("j29", ("Misery, iniquity, and utter destruction lurk", "outshine reality with the beauty of wishes."), "unmarked", None, None, None, None,
      note="a reply posting a saying a line a line, no marks, no credit", extra=OPT),
]

if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(HERE))
    from label_table import write_labels

    write_labels(HERE, ROWS, TEST, nested=True)
