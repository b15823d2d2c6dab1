#!/usr/bin/env python3
"""Write labels.jsonl from the hand-written table below (kept so the labels can be read and
edited as a table; labels.jsonl is what the evaluator reads; see ../label_table.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = {f"d{n:02d}" for n in range(3, 100, 3)}
MX, EB = "Karl Marx", "The Eighteenth Brumaire of Louis Bonaparte"
SH, PO, EC = "William Shakespeare", "Alexander Pope", "An Essay on Criticism"
EM, SR = "Ralph Waldo Emerson", "Self-Reliance"
CO, RAM = "Samuel Taylor Coleridge", "The Rime of the Ancient Mariner"
MI, PL = "John Milton", "Paradise Lost"
LI, HD = "Abraham Lincoln", "House Divided Speech"
DI, TTC = "Charles Dickens", "A Tale of Two Cities"
GR, ODE = "Thomas Gray", "Ode on a Distant Prospect of Eton College"
BU, MOUSE = "Robert Burns", "To a Mouse"
EB_SRC = {"file": "marx_eighteenth-brumaire.txt", "text": "Hegel says somewhere that that great historic facts and personages\nrecur twice. He forgot to add: \"Once as tragedy, and again as farce.\""}

ROWS = [
    # doc, text-or-(from,to), kind, form, speaker, author, work, cue, source, note, extra
    ("d01-avanneman-karl-marx-plagiarist.txt", ("In 1852, Karl Marx wrote", "is only a farce."), "quotation", "colon_block", None, None, None, "riffing on one of Karl’s greatest hits, remarking as follows:", None, "the blogger quoting his own earlier post (no quote marks); his own words", {"optional": True}),
    ("d01-avanneman-karl-marx-plagiarist.txt", "History, Hegel tells us, repeats itself. He forgot to add, the first time as tragedy, the second as farce.", "quotation", "marks", None, MX, EB, "In 1852, Karl Marx wrote The Eighteenth Brumaire of Louis Bonaparte, commemorating in contempt the seizure of power of Napoleon’s nephew in the previous year and coining the immortal one-liner,", EB_SRC, "paraphrase of the corpus translation; author and work are the subject and object of the sentence", {}),
    ("d01-avanneman-karl-marx-plagiarist.txt", "tragedy/farce", "scare", "marks", None, None, None, None, None, "the line named, not quoted", {}),
    ("d01-avanneman-karl-marx-plagiarist.txt", "Napoleon III,", "scare", "marks", None, None, None, None, None, "a nickname", {}),
    ("d01-avanneman-karl-marx-plagiarist.txt", ("Can one imagine anything funnier", "blockhead of the century."), "quotation", "colon_block", None, "Friedrich Engels", None, "Fredrich Engels, Marx’s famous No. 2 man, wrote to Karl as follows (edited by Beecher):", None, "Engels's letter to Marx of December 1851, unmarked block after a colon; not in corpus; Marx is the addressee, not the author", {}),
    ("d02-madamepickwick-marx-second-as-farce.txt", "Hegel’s remarks somewhere that all facts and personages of great importance in world history occur, as it were, twice. He forgot to add: the first time as tragedy, the second as farce.", "quotation", "marks", None, MX, EB, "The note is stuck in the first sentence:", EB_SRC, "Marx named in the sentence before; the work is 'Napoleon’s nephew' (Eighteenth Brumaire); another translation", {}),
    ("d02-madamepickwick-marx-second-as-farce.txt", "It is not enough to say, as the French do, that their nation was taken unawares. A nation and a woman are not forgiven the unguarded hour in which the first adventurer that came along could violate them.", "quotation", "marks", None, MX, EB, "take Marx’s dismissal of French liberal’s excuses for Napoleon III’s success:", None, "possessive 'Marx’s dismissal' then colon; another translation of the Eighteenth Brumaire", {}),
    ("d03-3quarksdaily-first-time-as-tragedy.txt", "Hegel remarks somewhere that all great world-historic facts and personages appear, so to speak, twice. He forgot to add: the first time as tragedy, the second time as farce.", "quotation", "marks", None, MX, EB, "Quoting Marx's famous line from The Eighteenth Brumaire of Louis Napoleon seems to have become the fashion:", EB_SRC, "possessive author and work before a colon; another translation", {}),
    ("d03-3quarksdaily-first-time-as-tragedy.txt", "the third time", "scare", "marks", None, None, None, None, None, "people's jokes, not a quotation of anyone named", {}),
    ("d03-3quarksdaily-first-time-as-tragedy.txt", "Men make their own history, but they do not make it as they please.", "quotation", "marks", None, MX, EB, "Marx follows this famous line about tragedy and farce with one almost equally famous:", None, "", {}),
    ("d04-caller-not-shakespeare.txt", "What a tangled web we weave, when first we practice to deceive", "quotation", "marks", None, SH, None, "In a letter to the editor a reader attributed the quote", None, "attributed to Shakespeare by a reader (the claim under discussion); the letter says it is Scott's Marmion: misattributed", {}),
    ("d04-caller-not-shakespeare.txt", "Marmion,", "title", "marks", None, None, None, None, None, "poem title", {}),
    ("d04-caller-not-shakespeare.txt", "All is well that ends well.", "quotation", "marks", None, SH, None, "Let's not forget Shakespeare though.", None, "the sentence before names Shakespeare; All's Well That Ends Well is not in the corpus", {}),
    ("d05-herald-pope-essay-on-criticism.txt", "A little Learning is a dang’rous Thing;/ Drink deep or taste not the Pierian Spring.", "quotation", "marks", None, PO, EC, "This admonition from Alexander Pope (1688-1744), from his Essay on Criticism,", None, "opens the page; author and work in the next sentence", {}),
    ("d05-herald-pope-essay-on-criticism.txt", ("A little Learning is a dang’rous Thing;\nDrink deep, or taste", "endless Science rise!"), "quotation", "verse_lines", None, PO, EC, "from AN ESSAY ON CRITICISM", None, "the passage under a 'from <title>' line; page headline names Pope", {}),
    ("d06-lhtrx-pope-on-learning.txt", "art", "scare", "marks", None, None, None, None, None, "", {}),
    ("d06-lhtrx-pope-on-learning.txt", "one of the best known discussions of literary criticism", "quotation", "marks", None, None, None, "This piece is", None, "quoted from an unnamed critic about Pope's poem; no author claimed (not Pope)", {}),
    ("d06-lhtrx-pope-on-learning.txt", ("Let such teach others", "who have written well."), "quotation", "indented_block", None, PO, EC, None, None, "indented couplet after a paragraph about what Pope says", {}),
    ("d06-lhtrx-pope-on-learning.txt", "false Learning,", "quotation", "marks", None, PO, EC, "Pope also warns of", None, "words of the couplet below", {}),
    ("d06-lhtrx-pope-on-learning.txt", "good Sense,", "quotation", "marks", None, PO, EC, "saying that it destroys", None, "", {}),
    ("d06-lhtrx-pope-on-learning.txt", ("So by false Learning", "Maze of Schools..."), "quotation", "indented_block", None, PO, EC, None, None, "", {}),
    ("d06-lhtrx-pope-on-learning.txt", "shallow", "quotation", "marks", None, PO, EC, None, None, "a word of the quatrain below", {"optional": True}),
    ("d06-lhtrx-pope-on-learning.txt", "fed", "scare", "marks", None, None, None, None, None, "", {}),
    ("d06-lhtrx-pope-on-learning.txt", ("A little Learning is a dang'rous Thing;\n    Drink deep", "sobers us again."), "quotation", "indented_block", None, PO, EC, None, None, "", {}),
    ("d07-susantspringer-emersons-hobgoblins.txt", "A foolish consistency is the hobgoblin of little minds, adored by little statesman and philosophers and divines. With consistency a great soul has simply nothing to do.", "quotation", "marks", None, EM, SR, "yet what was Ralph Waldo Emerson really saying?", None, "opens the post; author named in the next paragraph (title 'Emerson’s Hobgoblins'); 'statesman' altered", {}),
    ("d07-susantspringer-emersons-hobgoblins.txt", "To be great is to be misunderstood.", "quotation", "marks", None, EM, SR, "He tells us to think afresh each day and goes on to add,", None, "He = Emerson", {}),
    ("d08-robch-consistency.txt", "A foolish consistency is the hobgoblin of little minds, adored by little statesmen and philosophers and divines.", "quotation", "colon_block", None, EM, SR, "a great quote from Ralph Waldo Emerson:", None, "own paragraph after a colon, with a stray closing quote mark; signature line after; the friend who told of it is no speaker", {"also_forms": ["signature"]}),
    ("d08-robch-consistency.txt", "Self-Reliance,", "title", "marks", None, None, None, None, None, "", {}),
    ("d09-une-be-yourself.txt", "Self-Reliance", "title", "marks", None, None, None, None, None, "", {}),
    ("d09-une-be-yourself.txt", "A foolish consistency is the hobgoblin of little minds.", "quotation", "marks", None, EM, SR, "I saw in the essay this famous expression:", None, "'the essay' = Self-Reliance by Emerson, the sentence before", {}),
    ("d10-teepee12-water-water-every-where.txt", ("Water, water, every where,\nAnd all", "Nor any drop to drink."), "quotation", "marks", None, CO, RAM, "The verse is extracted from Samuel Taylor Coleridge’s 7-part epic poem,", None, "stanza in quote marks; author and work named in the paragraph after", {}),
    ("d10-teepee12-water-water-every-where.txt", "THE RIME OF THE ANCIENT MARINER.", "title", "marks", None, None, None, None, None, "", {}),
    ("d10-teepee12-water-water-every-where.txt", "water, water, everywhere", "quotation", "marks", None, CO, RAM, None, None, "the verse named by its words", {"optional": True}),
    ("d11-cathylefeuvre-water-water-everywhere.txt", "Water, water everywhere, and not a drop to drink", "quotation", "unmarked", None, CO, RAM, "It's actually an adapted form of words from a poem called \"The Rime of the Ancient Mariner\" by  Samuel Taylor Coleridge,", None, "unmarked saying on its own line after 'this saying ...?'; author named paragraphs later; altered", {}),
    ("d11-cathylefeuvre-water-water-everywhere.txt", "The Rime of the Ancient Mariner", "title", "marks", None, None, None, None, None, "", {}),
    ("d11-cathylefeuvre-water-water-everywhere.txt", "Lake Poets", "scare", "marks", None, None, None, None, None, "", {}),
    ("d11-cathylefeuvre-water-water-everywhere.txt", "water water everywhere....", "quotation", "marks", None, CO, RAM, "Coleridge  apparently coined many common sayings which have made it into our culture, and not just", None, "the saying named again", {"optional": True}),
    ("d11-cathylefeuvre-water-water-everywhere.txt", "suspension of disbelief", "scare", "marks", None, None, None, None, None, "phrase mentioned as a term", {}),
    ("d11-cathylefeuvre-water-water-everywhere.txt", "Kubbla Khan", "title", "marks", None, None, None, None, None, "", {}),
    ("d11-cathylefeuvre-water-water-everywhere.txt", "Christabel", "title", "marks", None, None, None, None, None, "", {}),
    ("d11-cathylefeuvre-water-water-everywhere.txt", "The Rime of the Ancient Mariner", "title", "marks", None, None, None, None, None, "", {}),
    ("d12-vuink-better-to-reign-in-hell.txt", "Better to Reign in Hell Than Serve in Heaven", "title", "marks", None, None, None, None, None, "post title in quotes", {}),
    ("d12-vuink-better-to-reign-in-hell.txt", "no-one ever wished it longer than it was.", "quotation", "unmarked", None, "Samuel Johnson", None, "agreeing with Samuel Johnson:", None, "Johnson on Paradise Lost, unmarked after a colon; not in corpus", {"optional": True}),
    ("d12-vuink-better-to-reign-in-hell.txt", "Better to reign in hell, than serve in heaven.", "quotation", "marks", "Satan", MI, PL, "is cast out into the darkness as the fallen angel Satan, and utters the famous line:", None, "speaker Satan (Lucifer) in Milton's poem, named earlier", {}),
    ("d13-scottamartin-satanic-predicament.txt", "wronged", "scare", "marks", None, None, None, None, None, "", {}),
    ("d13-scottamartin-satanic-predicament.txt", "It is better to reign in Hell than to serve in Heaven.", "quotation", "marks", "Satan", MI, PL, "That is, until Satan utters his iconic line in line 263,", None, "altered wording of Paradise Lost I.263", {}),
    ("d13-scottamartin-satanic-predicament.txt", ("A Dungeon horrible, on all sides round", "Whirlwinds of tempestuous fire"), "quotation", "unmarked", None, MI, PL, "Milton leads the reader through almost 40 lines describing this Hell to which Satan has fallen:", None, "run-in verse after a colon, no marks; the narrator's lines, Satan is not the speaker", {"also_forms": ["colon_block"]}),
    ("d13-scottamartin-satanic-predicament.txt", "bold", "scare", "marks", None, None, None, None, None, "", {}),
    ("d13-scottamartin-satanic-predicament.txt", "God", "scare", "marks", None, None, None, None, None, "", {}),
    ("d14-newmexiken-a-house-divided.txt", "A house divided against itself cannot stand.", "quotation", "marks", None, LI, HD, "Abraham Lincoln delivered his House Divided Speech at Springfield, Illinois, 150 years ago today.", None, "the speech's words (Lincoln quoting the Gospel); own paragraph after the sentence naming the speech", {}),
    ("d14-newmexiken-a-house-divided.txt", ("I believe this government cannot endure", "all one thing or all the other."), "quotation", "unmarked", None, LI, HD, None, None, "the speech continued as unmarked paragraphs", {}),
    ("d14-newmexiken-a-house-divided.txt", "a house divided", "quotation", "marks", None, None, "Bible", "The phrase", None, "the phrase named, source given after", {"optional": True}),
    ("d14-newmexiken-a-house-divided.txt", "And Jesus knew their thoughts, and said unto them, Every kingdom divided against itself is brought to desolation; and every city or house divided against itself shall not stand.", "quotation", "marks", "Jesus", None, "Bible", "comes from Matthew 12:25 —", None, "verse reference then dash; KJV verbatim", {}),
    ("d15-bytesdaily-quote-for-the-day.txt", "Better to reign in Hell, than serve in Heaven.", "quotation", "marks", "Satan", MI, PL, "- John Milton (1608-1674)", None, "dash signature then 'Satan's declaration in Paradise Lost'", {"also_forms": ["signature"]}),
    ("d15-bytesdaily-quote-for-the-day.txt", ("Here at least\nwe shall be free", "than serve in Heaven"), "quotation", "verse_lines", "Satan", MI, PL, None, None, "unmarked verse after the note; begins with '. . .'", {}),
    ("d16-whatsthemission-a-house-divided.txt", "a house divided against itself cannot stand", "quotation", "marks", "Jesus", None, "Bible", "Did you know that it was Jesus who originally said", None, "cleft 'it was X who said'; reference after (Mark 3:24), Lincoln named as paraphraser", {}),
    ("d16-whatsthemission-a-house-divided.txt", "He is possessed by Beelzebub! By the prince of demons he is driving out demons.", "quotation", "marks", "the Pharisees", None, "Bible", "and the Pharisees said,", None, "NIV Mark 3:22; a group speaking in the Bible", {}),
    ("d16-whatsthemission-a-house-divided.txt", ("How can Satan drive out Satan?", "that house cannot stand."), "quotation", "marks", "Jesus", None, "Bible", "So Jesus called them and spoke to them in parables:", None, "NIV Mark 3:23-25, quote never closed; 'Satan' inside is no speaker", {}),
    ("d17-jimblasingame-best-of-times.txt", "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of light, it was the season of darkness, it was the spring of hope, it was the winter of despair.", "quotation", "marks", None, DI, TTC, "In his preamble of A Tale of Two Cities, the immortal Charles Dickens delivered", None, "opens the post; author and work in the next sentence", {}),
    ("d18-waltontribune-early-to-bed.txt", "Early to bed and early to rise makes a man healthy, wealthy and wise.", "quotation", "marks", None, "Benjamin Franklin", "Poor Richard's Almanack", "I just can’t bring myself to agree with the following infamous idea:", None, "Franklin named two sentences before ('he wasn’t always right'); not in corpus as such (The Way to Wealth has it)", {}),
    ("d18-waltontribune-early-to-bed.txt", "things that you don’t enjoy must be good for you", "quotation", "marks", None, None, None, "our national belief that", None, "a national belief, nobody named", {"optional": True}),
    ("d18-waltontribune-early-to-bed.txt", "wise", "scare", "marks", None, None, None, None, None, "", {}),
    ("d18-waltontribune-early-to-bed.txt", "early to rise", "scare", "marks", None, None, None, None, None, "part of the saying named", {}),
    ("d19-cdapress-best-of-times.txt", "an age of wisdom and foolishness, belief and incredulity, Light and Darkness.", "quotation", "marks", None, DI, TTC, "Dickens embraced paradox; how else can we interpret", None, "condensed paraphrase of the opening", {}),
    ("d20-backsideofthepulpit-life-is-unpredictable.txt", "I returned, and saw under the sun, that the race is not to the swift, nor the battle to the strong, neither yet bread to the wise, nor yet riches to men of understanding, nor yet favour to men of skill; but time and chance happeneth to them all.", "quotation", "unmarked", None, None, "Bible", "Eccl 9:11", None, "verse under its reference, verse number prefixed; KJV verbatim", {}),
    ("d20-backsideofthepulpit-life-is-unpredictable.txt", "Men of skill", "quotation", "marks", None, None, "Bible", None, None, "words of the verse", {"optional": True}),
    ("d20-backsideofthepulpit-life-is-unpredictable.txt", "time and chance", "quotation", "marks", None, None, "Bible", None, None, "words of the verse", {"optional": True}),
    ("d20-backsideofthepulpit-life-is-unpredictable.txt", "All things are under the government and disposal of God.", "quotation", "marks", None, "Adam Clarke", None, "Adam Clarke, in his commentary, said that", None, "a commentator, not the Bible", {}),
    ("d20-backsideofthepulpit-life-is-unpredictable.txt", "Wherefore seeing we also are compassed about with so great a cloud of witnesses, let us lay aside every weight, and the sin which doth so easily beset us, and let us run with patience the race that is set before us,", "quotation", "unmarked", None, None, "Bible", "Heb 12:1-2", None, "verse under its reference", {}),
    ("d21-thecentrecannothold-gray-eton.txt", "Ode on a Distant Prospect of Eton College", "title", "marks", None, None, None, None, None, "", {}),
    ("d21-thecentrecannothold-gray-eton.txt", "ignorance is bliss", "quotation", "marks", None, GR, ODE, "this ode of Thomas Gray’s is the origin of one of the English language’s most often quoted aphorisms:", None, "possessive 'ode of Thomas Gray’s'", {}),
    ("d21-thecentrecannothold-gray-eton.txt", "far from the madding crowd", "quotation", "marks", None, GR, None, "Gray is the originator of several phrases that are now horribly time-worn cliches, including", None, "phrase credited to Gray (Elegy)", {}),
    ("d21-thecentrecannothold-gray-eton.txt", "kindred spirit", "quotation", "marks", None, GR, None, "Gray is the originator of several phrases that are now horribly time-worn cliches, including", None, "list carries the credit", {"optional": True}),
    ("d21-thecentrecannothold-gray-eton.txt", "the paths of glory", "quotation", "marks", None, GR, None, "Gray is the originator of several phrases that are now horribly time-worn cliches, including", None, "list carries the credit (Elegy)", {}),
    ("d22-wikipedia-ode-eton-college.txt", "Ode on a Distant Prospect of Eton College", "title", "marks", None, None, None, None, None, "", {}),
    ("d22-wikipedia-ode-eton-college.txt", "Ignorance is bliss", "quotation", "marks", None, GR, ODE, "In this poem, Gray coined the phrase", None, "", {}),
    ("d22-wikipedia-ode-eton-college.txt", ("To each his suff'rings: all are men,", "'Tis folly to be wise."), "quotation", "colon_block", None, GR, ODE, "— Thomas Gray, Stanza 10", None, "stanza after a colon, dash signature below", {"also_forms": ["signature", "verse_lines"]}),
    ("d23-statesman-tragedy-returns-as-farce.txt", "all great world-historic facts and personages appear, so to speak, twice. He forgot to add: the first time as tragedy, the second time as farce.", "quotation", "marks", None, MX, EB, "Karl Marx begins by citing the Hegelian remark that", None, "Marx's words (citing Hegel); work described as his 1852 critique of Louis-Napoléon", {}),
    ("d24-studymode-of-two-mice.txt", "The best-laid schemes o' mice an' men, often go awry, And lead us nought but grief and pain", "quotation", "marks", None, BU, MOUSE, "The poem To a Mouse, by Robert Burns", None, "opens the essay; author and poem named right after; anglicised", {}),
    ("d24-studymode-of-two-mice.txt", "the best laid scheme o' mice an' men. often go awry,", "quotation", "marks", None, BU, MOUSE, "Burns then tries to comfort the mouse, telling him that,", None, "", {}),
    ("d24-studymode-of-two-mice.txt", ("An live off the fatta lan’,", "Tell about that George!"), "quotation", "marks", "Lennie", "John Steinbeck", "Of Mice and Men", "Lennie shouted", None, "a character of Steinbeck's novel; cue inside the quotation; not in corpus", {}),
    ("d24-studymode-of-two-mice.txt", "And cozy here, beneath the blast, You thought to dwell, Till crash! the cruel plough passed Out through your cell.", "quotation", "marks", None, BU, MOUSE, "Here Robert Burns is saying that", None, "author named in the sentence after; anglicised", {}),
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(HERE))
    from label_table import write_labels

    write_labels(HERE, ROWS, TEST, nested=True)
