#!/usr/bin/env python3
"""Write labels.jsonl from the hand-written table below (kept so the labels can be read and
edited as a table; labels.jsonl is what the evaluator reads)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = {f"c{n:02d}" for n in range(3, 100, 3)}
GA = {"file": "lincoln_gettysburg-address.txt", "text": "and that government of the people. . .by the people. . .for the people. . .\nshall not perish from this earth."}
HAM = {"file": "shakespeare_hamlet.txt", "text": "This above all: to\nthine own self be true; And it must follow, as the night the day, Thou\ncanst not then be false to any man."}
QD = {"file": "thoreau_walden.txt", "text": "The mass of men lead lives of quiet desperation. What is called\nresignation is confirmed desperation."}
WOODS = {"file": "thoreau_walden.txt", "text": "I went to the woods because I wished to live deliberately, to front"}
LI, GAW, SH, HW, TH, WA = "Abraham Lincoln", "Gettysburg Address", "William Shakespeare", "Hamlet", "Henry David Thoreau", "Walden"

ROWS = [
    # doc, text-or-(from,to), kind, form, speaker, author, work, cue, source, note, extra
    ("c01-wyoming-lange-government-of-the-people.txt", "that government of the people, by the people, for the people, shall not perish from the Earth.", "quotation", "marks", None, LI, GAW, "President Abraham Lincoln exhorted the nation to a renewed resolve:", GA, "altered (the Earth / this earth; corpus edition has '. . .' between phrases); colon introduces the quote; Gettysburg Address named a sentence before", {}),
    ("c01-wyoming-lange-government-of-the-people.txt", "for the people", "quotation", "marks", None, LI, GAW, None, None, "fragment of the Lincoln sentence just quoted, discussed as his words", {}),
    ("c01-wyoming-lange-government-of-the-people.txt", "for the people.", "quotation", "marks", None, None, None, "Every tyrant who ever lusted for power has claimed to govern", None, "phrase put in the mouth of tyrants in general; no person claimed", {"optional": True}),
    ("c02-delaware-editorial-government-by-the-people.txt", "government by the people", "quotation", "marks", None, None, None, None, None, "headline in single quotes, a reworded fragment of the Gettysburg phrase; no cue in the headline", {}),
    ("c02-delaware-editorial-government-by-the-people.txt", "quotations,", "scare", "marks", None, None, None, None, None, "word used as a term", {}),
    ("c02-delaware-editorial-government-by-the-people.txt", "government of the people, by the people, for the people.", "quotation", "marks", None, LI, GAW, "Take one famous phrase:", GA, "Lincoln named in the paragraph before and in the next sentence ('Mr. Lincoln's listeners'); verbatim phrase", {}),
    ("c02-delaware-editorial-government-by-the-people.txt", "created equal", "quotation", "marks", None, None, None, None, None, "phrase from the Gettysburg Address/Declaration used as a term; unmarked earlier in the paragraph", {"optional": True}),
    ("c02-delaware-editorial-government-by-the-people.txt", "Government of the people, by the people, for the people", "quotation", "marks", None, LI, GAW, "Wrong, said Lincoln and other Americans over the years.", GA, "the sentence before says 'said Lincoln'; the quote is the subject of its own sentence", {}),
    ("c03-american-sentinel-1892-editorial.txt", "Editorial", "title", "marks", None, None, None, None, None, "article title", {}),
    ("c03-american-sentinel-1892-editorial.txt", "A government of the people, by the people, and for the people.", "quotation", "marks", None, LI, GAW, "LINCOLN’S immortal declaration expresses the American idea of government,", GA, "altered ('A', 'and for'); possessive in capitals", {}),
    ("c04-coyotecrunch-lincolns-vision.txt", "... Government of the people, by the people, and for the people ...", "quotation", "unmarked", None, LI, GAW, "comes from the closing paragraph of the Gettysburg Address", GA, "unmarked, set off by ellipses and ' : '; work named after it in the same sentence", {}),
    ("c04-coyotecrunch-lincolns-vision.txt", "... we here highly resolve that these dead shall not have died in vain -- that this nation, under God, shall have a new birth of freedom -- and that government of the people, by the people, for the people, shall not perish from the earth.", "quotation", "marks", None, LI, GAW, None, GA, "paragraph of its own after the sentence naming the Gettysburg Address; altered (the earth)", {}),
    ("c04-coyotecrunch-lincolns-vision.txt", "Democracy is direct self-government over all the people, for all the people, by all the people.", "quotation", "marks", None, "Theodore Parker", None, "Theodore Parker gave a sermon in which he said,", None, "not in corpus; 'he' = Parker, Lincoln named sentences before", {}),
    ("c04-coyotecrunch-lincolns-vision.txt", "In my opinion, this government is formed on the white basis. It was made by the white man, for the benefit of the white man, to be administered by white men, in such a manner as they should determine.", "quotation", "marks", None, "Stephen A. Douglas", None, "Stephen A. Douglas who said in one of those famous debates with Lincoln:", None, "not in corpus; Lincoln is named after the speaker, inside the cue", {}),
    ("c05-igregor-of-the-people.txt", "…government of the people, by the people and for the people shall not perish from the earth.", "quotation", "signature", None, LI, GAW, "— Abraham Lincoln  (Gettysburg Address)", GA, "dash signature line under the quote with the work in parentheses; altered", {}),
    ("c06-newiprogressive-lincoln-defined.txt", "of the people, by the people, and for the people.", "quotation", "marks", None, LI, GAW, "Lincoln defined government as", GA, "lead sentence", {}),
    ("c06-newiprogressive-lincoln-defined.txt", "of the people, by the people, and for the people.", "quotation", "marks", None, LI, GAW, "Lincoln defined it as government", GA, "", {}),
    ("c06-newiprogressive-lincoln-defined.txt", "inalienable", "scare", "marks", None, None, None, None, None, "single word from the Declaration used as a term", {}),
    ("c07-hbcharles-romans-sermon-index.txt", "Do not bring a god onto the stage, unless the problem is one that deserves a god to solve it.", "quotation", "marks", None, "Horace", "Ars Poetica", "In his Ars Poetica, the Roman poet Horace advised writers,", None, "not in corpus; paraphrase of Ars Poetica 191", {}),
    ("c07-hbcharles-romans-sermon-index.txt", "None is righteous, no, not one; no one understands; no one seeks for God. All have turned aside; together they have become worthless; no one does good, not even one.", "quotation", "marks", None, None, "Bible", "Romans 3:10-12 indicts us all:", None, "ESV wording of Romans 3:10-12; paraphrase of the KJV", {}),
    ("c07-hbcharles-romans-sermon-index.txt", "The...", "quotation", "marks", None, "Martin Luther", None, "Martin Luther called it:", None, "truncated teaser", {"optional": True}),
    ("c08-chapell-hope-against-hope.txt", ("This is the point on which everything turns.", "through faith in Jesus."), "quotation", "marks", None, "Martin Luther", None, "And Luther looked at the chapter we covered last week and he said,", None, "transcript lines; quote runs over three lines; Luther's words embed a paraphrase of Romans 3:23-24", {}),
    ("c08-chapell-hope-against-hope.txt", ("Paul,\n\n you", "you got some explaining to do."), "quotation", "marks", "Ricky Ricardo", None, None, "in the great words of that immortal prophet, Ricky Ricardo, we've got to ask Paul,", None, "TV catchphrase (I Love Lucy); addressed to Paul, who is not its speaker", {}),
    ("c09-teenink-be-true-to-yourself.txt", "[t]his above all: to thine own self be true, / And it must follow, as night the day/ Thou canst not then be false to any man", "quotation", "marks", "Polonius", SH, HW, "his father Polonius gives him some special words of advice before he leaves,", HAM, "verse with slashes; bracketed [t]; 'as night the day' altered", {}),
    ("c10-majortests-ap-lit-hamlet.txt", "This above all: to thine own self be true", "quotation", "marks", "Polonius", SH, HW, "Shakespeare’s play Hamlet, is Polonius’ advice to his son Laertes,", HAM, "possessive speaker after the play and its author", {}),
    ("c10-majortests-ap-lit-hamlet.txt", "if you are true to yourself you won’t ever go wrong", "quotation", "marks", "my parents", None, None, "it is something that my parents have always said to me and my brothers and sisters my whole life:", None, "family saying; not Shakespeare", {}),
    ("c10-majortests-ap-lit-hamlet.txt", "stuff", "scare", "marks", None, None, None, None, None, "", {}),
    ("c11-bree-hamlet-quote-analysis.txt", "Hamlet", "title", "marks", None, None, None, None, None, "play title in the post title", {}),
    ("c11-bree-hamlet-quote-analysis.txt", "To thine own self be true", "quotation", "signature", "Polonius", SH, HW, "- Polonius (ACT 1 SCENE 3)", HAM, "character signature after a hyphen on the same line", {}),
    ("c11-bree-hamlet-quote-analysis.txt", "to thine own self be true", "quotation", "marks", "Polonius", SH, HW, "Polonius polishes off his list of advice given to Laertes with the quote", HAM, "", {}),
    ("c12-nrhelms-hamlet-deconstructed.txt", "He gave us common stories, common characters, common culture, and uncommon brilliance. Remember to quote him well, but wisely", "quotation", "marks", None, "Jolliffe", None, "A writer who loves quotes just as much as me gave this statement about Shakespeare:", None, "parenthetical citation (Jolliffe); Shakespeare is the topic, not the author", {}),
    ("c12-nrhelms-hamlet-deconstructed.txt", "To thine own self be true", "quotation", "marks", None, None, HW, None, HAM, "section heading line; Hamlet named in the sentence before", {}),
    ("c12-nrhelms-hamlet-deconstructed.txt", "To thine own self be true", "quotation", "marks", "Polonius", SH, HW, "One of the most famous Hamlet quotes is Polonius’", HAM, "", {}),
    ("c12-nrhelms-hamlet-deconstructed.txt", "This above all, to your own self be true", "quotation", "marks", "Polonius", "Lisa Peterson", HW, "Lisa Peterson makes the choice to take out the word thine and replace it with your, so the full quote reads,", HAM, "modernised adaptation by Peterson (cited Peterson 1:3:67); paraphrase of Hamlet", {}),
    ("c12-nrhelms-hamlet-deconstructed.txt", "you cannot then be false to any man", "quotation", "marks", "Polonius", SH, HW, "He concludes his advice with this main point about being honest to yourself because,", HAM, "'He' = Polonius (named in the sentence before); modernised wording", {}),
    ("c13-soberadventure-quiet-desperation.txt", "THE MASS OF MEN LEAD LIVES OF QUIET DESPERATION.", "quotation", "unmarked", None, TH, None, "Who Said It: Henry David Thoreau", QD, "unmarked, after 'The Saying:'; author on the next line", {}),
    ("c13-soberadventure-quiet-desperation.txt", "a manual of self-reliance.", "quotation", "marks", None, "Thornton Wilder", None, "which Thornton Wilder called", None, "Wilder on Walden; not Thoreau", {}),
    ("c13-soberadventure-quiet-desperation.txt", "I went to the woods because I wished to live deliberately, to front only the essential facts of life, and see if I could not learn what it had to teach, and not, when I came to die, discover that I had not lived. I did not wish to live what was not life, living is so dear; nor did I wish to practice resignation...", "quotation", "marks", None, TH, WA, "In a well-known passage, Thoreau stated his purpose:", WOODS, "practice/practise", {}),
    ("c13-soberadventure-quiet-desperation.txt", "Economy,", "title", "marks", None, None, None, None, None, "chapter title", {}),
    ("c13-soberadventure-quiet-desperation.txt", "The mass of men lead lives of quiet desperation. What is called resignation is confirmed desperation....", "quotation", "marks", None, TH, WA, "He concludes:", QD, "'He' = Thoreau", {}),
    ("c14-socialist-standard-1911-what-did-marx-say.txt", "Barnet Press", "title", "marks", None, None, None, None, None, "newspaper", {}),
    ("c14-socialist-standard-1911-what-did-marx-say.txt", "All wealth is produced by labour, and therefore to the labourers all wealth is due.", "quotation", "marks", None, "Karl Marx", None, "he tells us that Karl Marx, the German Socialist, was the author of the following formula :", None, "claimed (by the letter writer) to be Marx's; the article says Mallock invented it; not in corpus", {}),
    ("c14-socialist-standard-1911-what-did-marx-say.txt", "Examination of Socialism", "title", "marks", None, None, None, None, None, "", {}),
    ("c14-socialist-standard-1911-what-did-marx-say.txt", "astonished the natives", "scare", "marks", None, None, None, None, None, "ironic idiom", {}),
    ("c14-socialist-standard-1911-what-did-marx-say.txt", "Critical Examination of Socialism", "title", "marks", None, None, None, None, None, "", {}),
    ("c14-socialist-standard-1911-what-did-marx-say.txt", "Barnet Press", "title", "marks", None, None, None, None, None, "", {}),
    ("c14-socialist-standard-1911-what-did-marx-say.txt", "Moreover, the doctrine is reaffirmed by the Socialist Party of Great Britain in the following shape:", "quotation", "marks", None, "Wooton", None, "The writer in the “Barnet Press” (Mr. Wooton) proceeds thus:", None, "outer quotation, part 1", {}),
    ("c14-socialist-standard-1911-what-did-marx-say.txt", "Wealth is natural material converted by labour-power to man’s use, and, as such, is consequently produced by the working class alone.", "quotation", "marks", None, "Socialist Party of Great Britain", None, "reaffirmed by the Socialist Party of Great Britain in the following shape:", None, "nested single-quoted quotation inside Wooton's", {}),
    ("c14-socialist-standard-1911-what-did-marx-say.txt", "It is a self-evident fallacy to which one need not devote much argument to explode. Socialists readily abandon it when challenged ; in fact, it is only reserved for presentation in its most alluring form when challenge is improbable.", "quotation", "marks", None, "Wooton", None, "The writer in the “Barnet Press” (Mr. Wooton) proceeds thus:", None, "outer quotation, part 2 (new paragraph reopened with a quote mark)", {}),
    ("c15-terrychay-quiet-desperation.txt", "Lives of quiet desperation.", "quotation", "marks", "Me", TH, WA, None, QD, "dialogue line; the following paragraphs say it comes from Thoreau's Walden", {}),
    ("c15-terrychay-quiet-desperation.txt", "The mass of men lead lives of quiet desperation. What is called resignation is confirmed desperation.", "quotation", "marks", None, TH, WA, "The full quote is:", QD, "colon line then the quote as its own paragraph; Thoreau named two paragraphs before", {"also_forms": ["colon_block"]}),
    ("c16-specter-of-communism-zettel.md", "The Specter of Communism", "scare", "marks", None, None, None, None, None, "YAML front-matter string", {}),
    ("c16-specter-of-communism-zettel.md", "Karl Marx famously used the term 'specter of Communism' in the preface of The Communist Manifesto. To this day, we can hear and read about the `shadow' of communism and socialism.", "scare", "marks", None, None, None, None, None, "YAML front-matter string", {}),
    ("c16-specter-of-communism-zettel.md", "2023-03-05", "scare", "marks", None, None, None, None, None, "YAML front-matter string", {}),
    ("c16-specter-of-communism-zettel.md", "images/image-post-11.png", "scare", "marks", None, None, None, None, None, "YAML front-matter string", {}),
    ("c16-specter-of-communism-zettel.md", ("A specter is haunting Europe", "with a Manifesto of the party\n> itself."), "quotation", "signature", None, "Karl Marx", "The Communist Manifesto", "- Karl Marx", None, "'>' block in curly marks with footnote, then '- Karl Marx' line; American translation (specter, Czar) of the Manifesto: paraphrase of the corpus Moore translation", {"also_forms": ["md_blockquote"]}),
    ("c16-specter-of-communism-zettel.md", "communism", "scare", "marks", None, None, None, None, None, "", {}),
    ("c17-soulfood-23rd-psalm.txt", "The Shepherd’s Psalm.", "title", "marks", None, None, None, None, None, "a name of the psalm", {}),
    ("c17-soulfood-23rd-psalm.txt", ("It has charmed more griefs to rest", "sung him back to his home again."), "quotation", "marks", None, "Charles Spurgeon", "The Treasury of David", "In his Treasury of David, a commentary on the Psalms, the 19th century British preacher, Charles Spurgeon, wrote the following powerful words regarding Psalm 23:", None, "three paragraphs, quote mark reopened only at the start; not in corpus", {}),
    ("c17-soulfood-23rd-psalm.txt", ("The Lord is my shepherd; I shall not want.", "house of the Lord forever."), "quotation", "marks", "David", None, "Bible", "I’ve provided David’s song below.", None, "Psalm 23 in the ESV; paraphrase of the KJV", {}),
    ("c18-workersliberty-lenins-laboratory.txt", "It is the same with the policy of Social Democracy as with any other: if you do not move forwards, you go backwards. Whoever closes his eyes out of a (not necessarily conscious) fear of the consequences of stating what is, has not only failed to fulfil his Social-Democratic duty to say what is but will also be forced to say what in reality does not exist, to spread illusions. Any misunderstanding of reality leads to confusion.", "quotation", "signature", None, "Karl Radek", "Ways and Means in the Struggle against Imperialism", "Karl Radek, Ways and Means in the Struggle against Imperialism (14 September 1912).", None, "epigraph with a signature line (no dash); Lenin named in the title above", {"also_forms": ["epigraph"]}),
    ("c19-roughguide-darwin-never-said.txt", "Charles Darwin, from On the Origin of Species", "quotation", "marks", None, None, None, None, None, "the magazine's caption, quoted", {"optional": True}),
    ("c19-roughguide-darwin-never-said.txt", "In the struggle for survival, the fittest win out at the expense of their rivals because they succeed in adapting themselves best to their environment.", "quotation", "marks", None, "Charles Darwin", "On the Origin of Species", "a quotation supposedly from \"Charles Darwin, from On the Origin of Species\":", None, "claimed for Darwin by the magazine; the post says it is not his (not_found in Origin)", {}),
    ("c19-roughguide-darwin-never-said.txt", "struggle for survival", "scare", "marks", None, None, None, None, None, "phrase mentioned", {}),
    ("c19-roughguide-darwin-never-said.txt", "fittest win out", "scare", "marks", None, None, None, None, None, "phrase mentioned", {}),
    ("c19-roughguide-darwin-never-said.txt", "expense of their rivals", "scare", "marks", None, None, None, None, None, "phrase mentioned", {}),
    ("c21-cvining-selected-twain.txt", "Faith is believing what you know ain't so ", "quotation", "signature", None, "Mark Twain", "Pudd'nhead Wilson's New Calendar", "--Mark Twain, Pudd'nhead Wilson's New Calendar", None, "Following the Equator (New Calendar) - not in corpus", {}),
    ("c21-cvining-selected-twain.txt", "When I was a boy of 14, my father was so ignorant I could hardly stand to have the old man around. But when I got to be 21, I was astonished at how much the old man had learned in seven years. ", "quotation", "signature", None, "Mark Twain", None, "--Mark Twain, Widely attributed", None, "doubtful attribution noted in the signature", {}),
    ("c21-cvining-selected-twain.txt", "If you pick up a starving dog and make him prosperous he will not bite you. This is the principal difference between a dog and man. ", "quotation", "signature", None, "Mark Twain", None, "--Mark Twain", {"file": "twain_puddnhead-wilson.txt", "text": "If you pick up a starving dog and make him prosperous, he will not bite\nyou."}, "Pudd'nhead Wilson's Calendar; altered (comma, 'a man')", {}),
    ("c21-cvining-selected-twain.txt", "A gentleman is someone who knows how to play the banjo and doesn't. ", "quotation", "signature", None, "Mark Twain", None, "--Mark Twain", None, "misattribution (not Twain); not in corpus", {}),
    ("c22-columnrule-of-the-people.txt", "… OF THE PEOPLE …", "quotation", "marks", None, None, None, None, None, "headline fragment of the Gettysburg phrase; no cue in the headline", {}),
    ("c22-columnrule-of-the-people.txt", ("But, in a larger sense, we can not dedicate", "shall not perish from the earth."), "quotation", "marks", None, LI, GAW, "from where the president mined the gem of the speech,", GA, "'the president' = Lincoln, named two sentences before; altered punctuation", {}),
    ("c22-columnrule-of-the-people.txt", "… government of the people …,", "quotation", "marks", None, LI, GAW, "are Lincoln’s simple but reaffirming nod", GA, "possessive after the quote", {}),
    ("c23-viewfromthisseat-what-does-it-mean.txt", "Of the People, By the People, For the People", "quotation", "marks", None, None, None, None, None, "headline; no cue", {}),
    ("c23-viewfromthisseat-what-does-it-mean.txt", "the nation shall have a new birth of freedom, and that government of the people, by the people, for the people, shall not perish from the earth.", "quotation", "marks", None, LI, GAW, "In some of the most widely quoted words from Gettysburg Address, Lincoln expressed his strong desire that", GA, "altered ('the nation shall' for 'this nation, under God, shall')", {}),
    ("c23-viewfromthisseat-what-does-it-mean.txt", "for the people", "quotation", "marks", None, None, None, "Others may point out that a government", None, "Lincoln's phrase reused by 'others'; no claim", {"optional": True}),
    ("c23-viewfromthisseat-what-does-it-mean.txt", "general Welfare,", "quotation", "marks", None, None, "Constitution", "as stated in the preamble of the Constitution.", None, "two words of the US Constitution preamble, cued after", {}),
    ("c24-1000diamonds-going-to-the-woods.txt", "Walden", "title", "marks", None, None, None, None, None, "", {}),
    ("c24-1000diamonds-going-to-the-woods.txt", ("I went to the woods because I wished", "strange uncertainty about it…"), "quotation", "marks", None, TH, WA, "Here’s a great quote from Thoreau’s “Walden”, written in 1854.", WOODS, "signature line two lines below (name and dates, no dash)", {"also_forms": ["signature"]}),
    ("c24-1000diamonds-going-to-the-woods.txt", "…The mass of men lead lives of quiet desperation. What is called resignation is confirmed desperation.", "quotation", "marks", None, TH, WA, "Henry David Thoreau (1817 – 1862), American writer & philosopher", QD, "second quote of the pair, same attribution", {"also_forms": ["signature"]}),
    ("c25-weaversknot-i-think-of-mark-twain.txt", "A good lie will have travled half way around the world while the truth is putting on her boots.", "quotation", "marks", None, "Mark Twain", None, "I think of Mark Twain.", None, "paragraph of its own after a sentence ending 'I think of Mark Twain.'; misattributed to Twain; typo kept", {}),
    ("c25-weaversknot-i-think-of-mark-twain.txt", "A powerful agent is the right word. Whenever we come upon one of those intensely right words in a book or a newspaper the resulting effect is physical as well as spiritual, and electrically prompt.", "quotation", "marks", None, "Mark Twain", None, "I think of Mark Twain.", None, "Twain, 'William Dean Howells' (not in corpus)", {}),
    ("c25-weaversknot-i-think-of-mark-twain.txt", "Don’t go around saying the world owes you a living. The world owes you nothing. It was here first.", "quotation", "marks", None, "Mark Twain", None, "I think of Mark Twain.", None, "commonly attributed to Twain; not in corpus", {}),
    ("c25-weaversknot-i-think-of-mark-twain.txt", "Always do right. This will gratify some people and astonish the rest.", "quotation", "marks", None, "Mark Twain", None, "I think of Mark Twain.", None, "Twain card to a young people's society; not in corpus", {}),
    ("c25-weaversknot-i-think-of-mark-twain.txt", "The human race has one really effective weapon, and that is laughter.", "quotation", "marks", None, "Mark Twain", None, "Happy Birthday, Samuel Langhorne Clemens.", None, "doubled curly marks; Twain's real name in the sentence before", {}),
    ("c26-dizzyswallows-twain-birthday.txt", "go out with it", "quotation", "marks", None, "Mark Twain", None, "he predicted that he would", None, "'he' = Twain; reported words", {}),
    ("c26-dizzyswallows-twain-birthday.txt", "Good friends, good books and a sleepy conscience: this is the ideal life.", "quotation", "marks", None, "Mark Twain", None, "Here are a few memorable quotes from one of history’s greatest wits", None, "list after a colon; Twain named in the paragraph", {}),
    ("c26-dizzyswallows-twain-birthday.txt", "Never tell the truth to people who are not worthy of it.", "quotation", "marks", None, "Mark Twain", None, "Here are a few memorable quotes from one of history’s greatest wits", None, "", {}),
    ("c26-dizzyswallows-twain-birthday.txt", "Substitute ‘damn’ every time you’re inclined to write ‘very;’ your editor will delete it and the writing will be just as it should be.", "quotation", "marks", None, "Mark Twain", None, "Here are a few memorable quotes from one of history’s greatest wits", None, "nested single quotes on words (not labelled separately)", {}),
    ("c26-dizzyswallows-twain-birthday.txt", "Clothes make the man. Naked people have little or no influence on society.", "quotation", "marks", None, "Mark Twain", None, "Here are a few memorable quotes from one of history’s greatest wits", None, "", {}),
    ("c26-dizzyswallows-twain-birthday.txt", "When a man loves cats, I am his friend and comrade, without further introduction.", "quotation", "marks", None, "Mark Twain", None, "Here are a few memorable quotes from one of history’s greatest wits", None, "", {}),
    ("c27-123helpme-to-thine-self-be-true.txt", "To Thine Self Be True", "quotation", "marks", None, SH, None, "By William Shakespeare", None, "title of the essay: misquotation in single quotes followed by 'By William Shakespeare'", {}),
    ("c27-123helpme-to-thine-self-be-true.txt", "to thine self be true", "quotation", "marks", "Polonius", SH, HW, "When Laertes was about to leave for France, Polonius told him,", HAM, "straight opening, curly closing mark; misquotation (thine own self)", {}),
    ("c27-123helpme-to-thine-self-be-true.txt", "Before my God, I might not believe this,", "quotation", "marks", None, SH, HW, "Once when Bernardo and Marcellus tell Horatio they’ve seen a ghost,", None, "Horatio's line in the play, but the sentence leaves the speaker unclear", {}),
    ("c27-123helpme-to-thine-self-be-true.txt", "But soft, behold! Io, where it comes again!", "quotation", "marks", "Horatio", SH, HW, "a second time when Horatio says,", None, "'Io' for 'lo'", {}),
    ("c27-123helpme-to-thine-self-be-true.txt", "It beckons you to go away with it,", "quotation", "marks", "Horatio", SH, HW, "a third time when Horatio tells Hamlet,", None, "Hamlet is the addressee, not the speaker", {}),
    ("c27-123helpme-to-thine-self-be-true.txt", "Adieu, adieu, adieu! remember me!", "quotation", "marks", "the ghost", SH, HW, "Another pattern of three comes when the ghost says,", None, "described speaker (the Ghost)", {}),
    ("c27-123helpme-to-thine-self-be-true.txt", "the father, the son and the holy spirit", "quotation", "marks", None, None, None, "as at the end of a prayer, one would say", None, "liturgical formula, generic 'one would say'", {"optional": True}),
    ("c28-donkuhl-transcendentalists-yuck.txt", "The mass of men lead lives of quiet desperation,", "quotation", "marks", None, TH, WA, "I thought his famous line,", QD, "'his' = Henry David (Thoreau), named in the paragraph before", {}),
    ("c29-joedillon-lives-of-quiet-desperation.txt", "Most men live lives of quiet desperation and go to the grave with the song still in them.", "quotation", "marks", None, TH, None, "It turned out to be a quiet Harvard University graduate by the name of Henry David Thoreau", QD, "author named two sentences after the quote; paraphrase/misquotation of Walden", {}),
    ("c30-intemperants-survival-of-the-fittest.txt", "It’s survival of the fittest", "quotation", "marks", None, None, None, None, None, "headline: a saying as people say it; the text says it is ascribed to Darwin and was Huxley's", {}),
    ("c30-intemperants-survival-of-the-fittest.txt", "scientific", "scare", "marks", None, None, None, None, None, "", {}),
]


def _count_before(raw: str, key: str, pos: int) -> int:
    """How many (possibly overlapping) occurrences of key start before pos."""
    n, p = 0, raw.find(key)
    while 0 <= p < pos:
        n, p = n + 1, raw.find(key, p + 1)
    return n


def main() -> None:
    cursor: dict[str, int] = {}
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
        for doc, text, kind, form, speaker, author, work, cue, source, note, extra in ROWS:
            rec = {"doc": doc}
            raw = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
            key = text[0] if isinstance(text, tuple) else text
            pos = raw.find(key, cursor.get(doc, 0))
            assert pos >= 0, (doc, key)
            end = raw.find(text[1], pos) + len(text[1]) if isinstance(text, tuple) else pos + len(key)
            cursor[doc] = end  # the next label starts after this one ends
            occurrence = _count_before(raw, key, pos) + 1
            if occurrence > 1:
                extra = {**extra, "occurrence": occurrence}
            if isinstance(text, tuple):
                rec["from"], rec["to"] = text
            else:
                rec["text"] = text
            rec.update(kind=kind, form=form, speaker=speaker, claimed_author=author, claimed_work=work,
                       cue=cue, source=source, split="test" if doc[:3] in TEST else "dev", note=note)
            rec.update(extra)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
