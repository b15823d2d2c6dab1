#!/usr/bin/env python3
"""Write labels.jsonl from the hand-written table below (kept so the labels can be read and
edited as a table; labels.jsonl is what the evaluator reads; see ../label_table.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = {f"g{n:02d}" for n in range(3, 100, 3)}
DI, TTC = "Charles Dickens", "A Tale of Two Cities"
SH, JC, HAM = "William Shakespeare", "Julius Caesar", "Hamlet"
DO, EH, VF, SB = "Arthur Conan Doyle", "The Adventure of the Empty House", "The Valley of Fear", "A Scandal in Bohemia"
LI, GA = "Abraham Lincoln", "Gettysburg Address"
CA, AW = "Lewis Carroll", "Alice's Adventures in Wonderland"
WI, DG = "Oscar Wilde", "The Picture of Dorian Gray"
B = "Bible"
G01 = "g01-dentondickens-tale-two-cities.txt"
G02 = "g02-goodreads-carton-not-said.txt"
G03 = "g03-brothersjudd-tale-two-cities.txt"
G04 = "g04-maryhaskett-tale-two-cities.txt"
G05 = "g05-arwnot-brutus-wrong.txt"
G06 = "g06-poemanalysis-fault-dear-brutus.txt"
G07 = "g07-cram-brutus-character.txt"
G08 = "g08-trashedelbow-holmes-truths.txt"
G09 = "g09-enotes-scandal-bohemia.txt"
G10 = "g10-tcc-moses-philippians.txt"
G11 = "g11-paperzz-burnes-philippians.txt"
G12 = "g12-santafe-cherished-principles.txt"
G13 = "g13-reference-lincoln-quotes.txt"
G14 = "g14-catscastle-cheshire-cat-say.txt"
G15 = "g15-sparknotes-cheshire-cat-quotes.txt"
G16 = "g16-instalesson-hamlet-ophelia.txt"
G17 = "g17-cnbendel-lord-henry-hypocrite.txt"
G18 = "g18-litchapter-hamlet-act3.txt"
G19 = "g19-marquee-ophelia-monologue.txt"
G20 = "g20-biblehub-moses-philippians.txt"
G21 = "g21-newbestnotes-cassius-fault.txt"
G22 = "g22-allgreatquotes-dorian-book.txt"
OPT = {"optional": True}

ROWS = [
    # doc, text-or-(from,to), kind, form, speaker, author, work, cue, source, note, extra
    (G01, ("It is a far, far better thing that I do", "than I have ever known."), "quotation", "unmarked", "Carton", DI, TTC, "Carton’s words at the very end of the novel are widely familiar:", None, "inline after a colon, no quote marks; Dickens named in the first sentence", {}),
    (G02, "It is a far, far better thing that I do...,", "quotation", "marks", "Carton", DI, TTC, "Sydney Carton's final speech, the often quoted,", None, "the reviewer says the words are Carton's thoughts, not said aloud: still Carton's, in Dickens", {}),
    (G02, "Would the novel be better without Sydney Carton's sacrificial act and final speech?", "quotation", "marks", None, "Barnes & Noble", None, "My Barnes & Noble edition gets it wrong in its Questions for Readers at the back:", None, "an edition's study question, not Dickens; Carton named inside", {}),
    (G02, ("If he [Carton] had given an utterance", "they would have been these:"), "quotation", "marks", None, DI, TTC, "Here's how Dickens begins the final paragraphs:", None, "the narrator's words (Dickens), with the reviewer's brackets; Carton named inside", {}),
    (G02, "speech,", "scare", "marks", None, None, None, None, None, "the reviewer's doubt", {}),
    (G03, ("It is a far, far better thing that I do", "I have ever known"), "quotation", "signature", "Carton", DI, TTC, "-Sydney Carton", None, "indented block with a dash signature naming the character; Dickens in the next paragraph", {}),
    (G03, "It was the best of times, it was the worst of times", "quotation", "unmarked", None, DI, TTC, "the opening of the novel--", None, "between double dashes, no marks", {"optional": True}),
    (G03, "far, far better thing.", "quotation", "marks", "Carton", DI, TTC, "the courage and sense of honor to do that", None, "echo of Carton's line", OPT),
    (G04, ("I am the resurrection and the life, saith the Lord:", "shall never die."), "quotation", "marks", "Jesus", None, B, "This truth spoken by Jesus plays in his mind", None, "John 11:25-26, remembered by Carton (he is the subject of the sentences around it); cue after", {}),
    (G05, ("What a blunt fellow is this grown to be!", "when he went to school."), "quotation", "colon_block", "Brutus", SH, JC, "Brutus entirely misjudges Casca's character:", None, "verse lines after a colon; Shakespeare never named", {}),
    (G05, ("So is he now in execution", "this tardy form."), "quotation", "colon_block", "Cassius", SH, JC, "Cassius corrects him:", None, "", {}),
    (G05, ("Decius, well urged. I think it is not meet", "A shrewd contriver..."), "quotation", "colon_block", "Cassius", SH, JC, "Cassius has a good idea, which the play proves true:", None, "Mark Antony, Caesar, Decius named inside", {}),
    (G05, ("Our course will seem too bloody, Caius Cassius,", "there is no blood."), "quotation", "colon_block", "Brutus", SH, JC, "Brutus overrules him, getting it wrong:", None, "the addressee Cassius named inside", {}),
    (G05, "You shall, Mark Antony.", "quotation", "marks", "Brutus", SH, JC, "Brutus says", None, "", {}),
    (G05, ("You know not what you do. Do not consent", "he will utter?"), "quotation", "colon_block", "Cassius", SH, JC, "Cassius is right, again:", None, "", {}),
    (G06, "The fault, dear Brutus", "quotation", "marks", "Cassius", SH, JC, "is spoken by Cassius.", None, "the line named; the speaker two sentences on", {"occurrence": 2}),
    (G06, "The fault, dear Brutus", "quotation", "marks", "Cassius", SH, JC, "opens one of the most important speeches in Shakespeare’s plays", None, "", {"optional": True}),
    (G06, "The fault, dear Brutus", "quotation", "marks", "Cassius", SH, JC, None, None, "heading line", {"optional": True}),
    (G06, "underlings", "quotation", "marks", "Cassius", SH, JC, "Cassius asserts that the", None, "a word of the speech; the page's marks are broken (“fault “of)", OPT),
    (G06, "The fault, dear Brutus?", "quotation", "marks", "Cassius", SH, JC, None, None, "heading question", OPT),
    (G06, "The fault, dear Brutus", "quotation", "marks", "Cassius", SH, JC, "It is spoken by Cassius,", None, "", {"optional": True}),
    (G06, ("Why, man, he doth bestride the narrow world", "and we petty men"), "quotation", "colon_block", "Cassius", SH, JC, "Here are the first lines of Cassius’ speech:", None, "verse lines, blank lines between; Cassius is the subject of the sentence before", {}),
    (G07, "The fault, dear Brutus, is not in the stars, but in ourselves.", "quotation", "marks", None, SH, JC, "This is a quote from Shakespeare’s work The Tragedy of Julius Caesar", None, "cue after the quotation; no speaker named (misquoted 'our stars')", {}),
    (G07, ("Into what dangers would you lead me Cassius,", "that which is not in me?"), "quotation", "marks", "Brutus", SH, JC, "This quote includes Brutus asking Cassius", None, "quotation never closed; speaker after it; the addressee Cassius named inside", {}),
    (G07, ("That you do love me I am nothing jealous;", "I have some aim."), "quotation", "marks", "Brutus", SH, JC, "Another way Brutus’s trust is showed is through the phrase", None, "", {}),
    (G08, ("I was about to make some remark", "pointed upwards."), "quotation", "unmarked", "Watson", DO, EH, "The Adventure of the Empty House", None, "an excerpt of the story, titled below it; narrated by Watson", OPT),
    (G08, "The shadow has moved!", "quotation", "marks", "Watson", DO, EH, "I cried.", None, "the narrator 'I' = Watson; Doyle never named", {}),
    (G08, "Of course it has moved,", "quotation", "marks", "Holmes", DO, EH, "said he.", None, "he = Holmes (his temper, the paragraph before)", {}),
    (G08, ("Am I such a farcical bungler, Watson,", "deceived by it?"), "quotation", "marks", "Holmes", DO, EH, "said he.", None, "Watson is the addressee", {}),
    (G08, ("The cipher message begins with a large 534", "What do you make of that, Watson?"), "quotation", "marks", "Holmes", DO, VF, "The Valley of Fear", None, "no speech tag; Watson addressed; The Valley of Fear is not in the corpus", {}),
    (G08, "Chapter the second, no doubt.", "quotation", "marks", "Watson", DO, VF, None, None, "the reply", {}),
    (G08, ("Hardly that, Watson.", "really intolerable."), "quotation", "marks", "Holmes", DO, VF, None, None, "", {}),
    (G08, "Column!", "quotation", "marks", "Watson", DO, VF, "I cried.", None, "", {}),
    (G08, "Brilliant, Watson. You are scintillating this morning.", "quotation", "marks", "Holmes", DO, VF, None, None, "", {}),
    (G09, "A Scandal in Bohemia.", "title", "marks", None, None, None, None, None, "", {}),
    (G09, "A Scandal in Bohemia,", "title", "marks", None, None, None, None, None, "", {}),
    (G09, "employing his extraordinary powers.", "quotation", "marks", "Watson", DO, SB, "Watson is driven to visit Holmes by a desire to see how he is now", None, "the narrator's words; Doyle never named", {}),
    (G09, "put on seven and a half pounds", "quotation", "marks", "Holmes", DO, SB, "Holmes immediately observes that Watson has", None, "", {}),
    (G09, "a most clumsy and careless servant girl.", "quotation", "marks", "Holmes", DO, SB, "Holmes also observes that Watson has", None, "", {}),
    (G10, "I can do all things through Him who strengthens me.", "quotation", "marks", None, None, B, "This principle is found in Philippians 4:13, which says:", None, "NASB wording; the byline-less sermon summary", {}),
    (G10, "I can…", "quotation", "marks", "Paul", None, B, "First of all, Paul says,", None, "a fragment of the verse", OPT),
    (G11, "Come over to Macedonia", "quotation", "marks", None, None, B, "It was there that the call was heard,", None, "Acts 16:9; the speaker (a man of Macedonia in a vision) not named", {}),
    (G11, "What must I do to be saved?", "quotation", "marks", "the jailer", None, B, "the jailer asked him,", None, "Acts 16:30; Paul and Silas named before", {}),
    (G11, "conduct themselves in a manner worthy of the gospel of Christ.", "quotation", "marks", "Paul", None, B, "He challenged the people to", None, "He = Paul (sentence before); the byline Norman Burnes is not the speaker", {}),
    (G11, ("at the name of Jesus every knee should bow", "glory of God the Father."), "quotation", "marks", "Paul", None, B, "He told them that", None, "Philippians 2:10-11 (NIV)", {}),
    (G11, "Rejoice in the Lord.", "quotation", "marks", "Paul", None, B, "Several times he tells the people to", None, "", {}),
    (G11, "know Christ and the power of his resurrection and the fellowship of sharing in his sufferings.", "quotation", "marks", "Paul", None, B, "He tells us and challenges us to", None, "", {}),
    (G11, ("forget what lies behind and strain towards what is ahead", "heavenward in Christ Jesus."), "quotation", "marks", "Paul", None, B, "He tells us to", None, "", {}),
    (G11, "I can do all things through Jesus Christ who gives me strength.", "quotation", "marks", "Paul", None, B, "In verse 13 of chapter 4 he tells us,", None, "", {}),
    (G12, ("I am filled with deep emotion", "the institutions under which we live."), "quotation", "unmarked", None, LI, "Speech in Independence Hall", "Abraham Lincoln gave a speech at Independence Hall in Philadelphia. His message to the crowd there was short and plain.", None, "an unmarked paragraph after the sentence naming the speech", {}),
    (G12, ("[A]ll the political sentiments I entertain", "embodied in the Declaration of Independence."), "quotation", "unmarked", None, LI, "Speech in Independence Hall", None, None, "second paragraph of the same speech", {}),
    (G12, ("We hold these truths to be self-evident", "consent of the governed. …"), "quotation", "unmarked", None, "Thomas Jefferson", "Declaration of Independence", "we need only read the second paragraph of the Declaration of Independence.", None, "the Declaration named before; Lincoln is the subject of that sentence but not the author", {}),
    (G12, ("We here highly resolve that these dead", "shall not perish from the Earth."), "quotation", "unmarked", None, LI, GA, "At Gettysburg in the middle of the Civil War, Lincoln told us just how important it is to have our governments based on consent.", None, "", {}),
    (G13, "There is no grievance that is a fit object of redress by mob law.", "quotation", "marks", None, LI, "Lyceum Address", "In the Lyceum Address in 1838, Abraham Lincoln said,", None, "", {}),
    (G13, ("Four score and seven years ago", "all men are created equal."), "quotation", "marks", None, LI, GA, "In 1863, Lincoln gave the Gettysburg Address, saying,", None, "", {}),
    (G14, "Alice's Adventures in Wonderland,", "title", "marks", None, None, None, None, None, "", {}),
    (G14, "We're all mad here.", "quotation", "marks", "Cheshire Cat", CA, AW, "the cat famously says,", None, "", {}),
    (G14, "Alice's Adventures in Wonderland,", "title", "marks", None, None, None, None, None, "", {}),
    (G14, ("Cheshire Puss, would you tell me, please,", "from here?"), "quotation", "marks", "Alice", CA, AW, "Alice asks the Cat,", None, "the addressee named inside", {}),
    (G14, "That depends a good deal on where you want to get to.", "quotation", "marks", "Cheshire Cat", CA, AW, "The Cat responds with a riddle:", None, "", {}),
    (G14, "We're all mad here. I'm mad. You're mad.", "quotation", "marks", "Cheshire Cat", CA, AW, "the Cat says,", None, "Alice is the subject of the clause before", {}),
    (G14, "I don’t know. How do you know you’re mad?", "quotation", "marks", "Cheshire Cat", CA, AW, "The Cheshire Cat replies,", None, "not in the book (invented by the page); still claimed for the Cat", {}),
    (G15, "Oh, you can’t help that,", "quotation", "marks", "Cheshire Cat", CA, AW, "said the Cat:", None, "dialogue heading a study-guide entry; the book named in the next paragraph, Carroll never named", {}),
    (G15, "we’re all mad here. I’m mad. You’re mad.", "quotation", "marks", "Cheshire Cat", CA, AW, "said the Cat:", None, "", {}),
    (G15, "Oh, you’re sure to do that,", "quotation", "marks", "Cheshire Cat", CA, AW, "said the Cat,", None, "", {}),
    (G15, "if you only walk long enough.", "quotation", "marks", "Cheshire Cat", CA, AW, "said the Cat,", None, "", {}),
    (G15, "Well, then,", "quotation", "marks", "Cheshire Cat", CA, AW, "the Cat went on,", None, "", {}),
    (G15, ("you see a dog growls when it’s angry", "Therefore I’m mad."), "quotation", "marks", "Cheshire Cat", CA, AW, "the Cat went on,", None, "", {}),
    (G16, "Get thee to a nunnery,", "quotation", "marks", "Hamlet", SH, HAM, "Hamlet tells Ophelia,", None, "lesson notes; Shakespeare never named; the addressee Ophelia is named", {}),
    (G16, "breeder of sinners.", "quotation", "marks", "Hamlet", SH, HAM, "suggesting she would be better off in a convent than as a", None, "", {}),
    (G16, "indifferent honest", "quotation", "marks", "Hamlet", SH, HAM, "Hamlet claims he is", None, "", {}),
    (G16, "chaste as ice", "quotation", "marks", "Hamlet", SH, HAM, "Hamlet warns Ophelia that even if she is as", None, "", {}),
    (G16, "pure as snow", "quotation", "marks", "Hamlet", SH, HAM, "Hamlet warns Ophelia that even if she is as", None, "", {}),
    (G16, "Get thee to a nunnery.", "quotation", "marks", "Hamlet", SH, HAM, "when he tells Ophelia,", None, "", {}),
    (G17, "The only way to get rid of a temptation is to yield to it", "quotation", "marks", "Lord Henry", WI, DG, "Henry preaches a hedonistic lifestyle,", None, "Wilde and the novel never named", {}),
    (G17, "That is one of your aphorisms. I am putting it into practice, as I do with everything you say", "quotation", "marks", "Dorian", WI, DG, "Dorian Grey, however, takes everything Henry says seriously and acts on it:", None, "Henry named in the same sentence", {}),
    (G17, ("When your youth goes, your beauty will go with it", "no triumphs left for you"), "quotation", "marks", "Lord Henry", WI, DG, "Henry is the first character to make Dorian worry that his beauty will not last,", None, "", {}),
    (G17, ("Never marry at all Dorian.", "both are disappointed"), "quotation", "marks", "Lord Henry", WI, DG, "One conversation with Henry is enough to turn Dorian against marrying Sybil Vane:", None, "Dorian is the subject of the clause, Henry the speaker", {}),
    (G17, "Dorian, this is horrible! Something has changed you completely", "quotation", "marks", "Basil", WI, DG, "as when he sees the painting in its grotesque form:", None, "he = Basil (subject of the sentence)", {}),
    (G18, "Get there to a nunnery", "quotation", "marks", "Hamlet", SH, HAM, "Hamlet’s command", None, "misquoted; possessive cue", {}),
    (G18, "no offense I’ the’ world,", "quotation", "marks", "Hamlet", SH, HAM, "Hamlet ostensibly speaks about the play when he says,", None, "", {}),
    (G19, "Get thee to a nunnery.", "quotation", "marks", "Hamlet", SH, HAM, "Hamlet:", None, "heading with a speaker label", {}),
    (G19, "To be or not to be...", "quotation", "marks", "Hamlet", SH, HAM, "Following Hamlet's iconic", None, "two apostrophes as quote marks", {}),
    (G19, "get thee to a nunnery", "quotation", "marks", "Hamlet", SH, HAM, "commanding her to", None, "He = Hamlet", {}),
    (G19, "breeder of sinners.", "quotation", "marks", "Hamlet", SH, HAM, "to avoid becoming a", None, "", {}),
    (G19, "O, what a noble mind is here o’erthrown!", "quotation", "marks", "Ophelia", SH, HAM, "Ophelia reflects on the encounter, beginning her famous soliloquy,", None, "Shakespeare named in the last paragraph", {}),
    (G19, "suck’d the honey of his music vows.", "quotation", "marks", "Ophelia", SH, HAM, "She admits she was charmed by his sweet words of love, lamenting,", None, "She = Ophelia; his = Hamlet", {}),
    (G19, "O woe is me!", "quotation", "marks", "Ophelia", SH, HAM, "she ends by pitying Hamlet, exclaiming,", None, "Hamlet is the object", {}),
    (G19, "jangled out of tune and harsh.", "quotation", "marks", "Ophelia", SH, HAM, "Ophelia paints a vivid picture of Hamlet's transformation from a kind and rational person to someone", None, "", {}),
    (G20, "I can do all things through Christ who gives me strength.", "quotation", "marks", None, None, B, "Philippians 4:13—The Unchanging Source of Strength", None, "verse under a heading naming the book", {}),
    (G20, ("But Moses asked God, ‘Who am I,", "surely be with you….’"), "quotation", "marks", None, None, B, "Exodus 3:11-12:", None, "the verses quoted whole; Moses and God speak inside", {}),
    (G20, "Who am I, that I should go to Pharaoh and bring the Israelites out of Egypt?", "quotation", "marks", "Moses", None, B, "But Moses asked God,", None, "nested", {}),
    (G20, "I will surely be with you….", "quotation", "marks", "God", None, B, "And God said,", None, "nested", {}),
    (G20, "I will be with you.", "quotation", "marks", "God", None, B, "God told Moses,", None, "Moses is the addressee", {}),
    (G20, "Christ… gives me strength.", "quotation", "marks", "Paul", None, B, "Paul declares,", None, "", {}),
    (G20, "I AM", "quotation", "marks", None, None, B, "the LORD’s name", None, "a name from Exodus 3:14", OPT),
    (G20, "all your needs", "quotation", "marks", None, None, B, "(Philippians 4:19)", None, "Paul is the subject of the clause, Christ of the verb", OPT),
    (G20, "spiritual Rock that followed them, and that Rock was Christ.", "quotation", "marks", None, None, B, "1 Corinthians 10:4 identifies the", None, "", {}),
    (G20, "regarded disgrace for the sake of Christ as greater riches than the treasures of Egypt.", "quotation", "marks", None, None, B, "Hebrews 11:26 says Moses", None, "Moses is the subject of the quoted words, not their speaker", {}),
    (G20, "Before Abraham was born, I AM.", "quotation", "marks", "Jesus", None, B, "Jesus’ own words,", None, "possessive cue", {}),
    (G21, ("Men at some time are masters of their fates:", "that we are underlings."), "quotation", "verse_lines", "Cassius", SH, JC, "in this speech to Brutus he is urging him to step up and join it.", None, "verse lines after a sentence; he = Cassius; Shakespeare never named", {}),
    (G21, ("Brutus will start a spirit as soon as Caesar.", "the breed of noble bloods!"), "quotation", "verse_lines", "Cassius", SH, JC, "Cassius tells him there is nothing in Caesar that is better than in him;", None, "Brutus and Caesar named inside", {}),
    (G22, ("You poisoned me with a book once.", "It does harm."), "quotation", "marks", "Dorian", WI, DG, "– Oscar Wilde", None, "an exchange with a dash signature under it naming the author; speakers from the note below (Dorian turns on Lord Henry)", {}),
    (G22, ("My dear boy, you are really beginning to moralize.", "show the world its own shame."), "quotation", "marks", "Lord Henry", WI, DG, "– Oscar Wilde", None, "Harry = Lord Henry, addressed in the line before", {}),
    (G22, "yellow book", "scare", "marks", None, None, None, None, None, "a named thing", {}),
    (G22, "Against Nature", "title", "marks", None, None, None, None, None, "", {}),
    (G22, "all the passions and modes of thought that belonged to every century except his own.", "quotation", "marks", None, WI, DG, "Its hero, a Parisian of the 19th century, seeks", None, "the narrator's words about the yellow book", {}),
    (G22, "the whole book seemed to him to contain the story of his own life, written before he had lived it.", "quotation", "marks", None, WI, DG, "When Dorian first read it he saw his own life in it:", None, "the narrator's words; Dorian is the subject, not the speaker", {}),
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(HERE))
    from label_table import write_labels

    write_labels(HERE, ROWS, TEST, nested=True)
