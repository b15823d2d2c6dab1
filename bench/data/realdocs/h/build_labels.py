#!/usr/bin/env python3
"""Write labels.jsonl from the hand-written table below (kept so the labels can be read and
edited as a table; labels.jsonl is what the evaluator reads; see ../label_table.py). Labelled before any tool was
run on these documents (session 6, issue 10)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = {f"h{n:02d}" for n in range(3, 100, 3)}
SH, ED, SP = "William Shakespeare", "Emily Dickinson", "Charles Haddon Spurgeon"
OPT = {"optional": True}
SIG = {"also_forms": ["signature"]}

D01, D02, D03 = "h01-nutsaboutarts-quotes-on-friends.txt", "h02-laphamsquarterly-friendship-quotes.txt", "h03-quotabletalk-friendship-quotes.txt"
D04, D05, D06 = "h04-whitman-common-place-book.txt", "h05-bionet-usenet-einstein-reply.txt", "h06-rightattitudes-friendship.txt"
D07, D08, D09 = "h07-walden-quotations-writing.txt", "h08-everydaychristian-spurgeon-notes.txt", "h09-integration-preaching-quote-spurgeon.txt"
D10, D11, D12 = "h10-politsturm-lenin-on-imperialism.txt", "h11-jimhull-einstein-said-it.txt", "h12-digitallearninghub-shakespeare-quotes.txt"
D13, D14, D15 = "h13-amandamccabe-poetry-friday.txt", "h14-nofap-forum-dickinson-poetry.txt", "h15-byustore-poetry-month-dickinson.txt"
D16, D17, D18 = "h16-favorite-quotes-page.md", "h17-laravel-blog-quotations.html", "h18-how-to-markdown-blockquotes.md"
D19 = "h19-mcqueen-reading-the-unreadable-marx.txt"
# added later in session 6 for forms the first nineteen lacked (labelled before any tool ran on them)
D20, D21, D22 = "h20-f11y-quotations-table.html", "h21-utahsavage-last-poem-of-the-day.txt", "h22-allaboutromance-poem-a-day.txt"
D23, D24 = "h23-ayvacs-markdown-quotes.md", "h24-robbyb-poem-on-your-blog-day.txt"
RF, RNT = "Robert Frost", "The Road Not Taken"
GRETZKY = "You miss 100% of the shots you don't take."


def _credited(doc, pairs, form, note, extra=None):
    """One label per saying of a list whose credit (a dash line or a dash after it) names the author."""
    return [(doc, t, "quotation", form, None, a, w, cue, None, note, dict(extra or {})) for t, a, w, cue in pairs]


H01 = [
    ("Sweet is the memory of distant friends! Like the mellow rays of the departing sun, it falls tenderly, yet sadly, on the heart.", "Washington Irving", None, "– Washington Irving"),
    ("Friends are the siblings God never gave us.", "Mencius", None, "– Mencius"),
    ("In the End, we will remember not the words of our enemies, but the silence of our friends.", "Martin Luther King, Jr.", None, "– Martin Luther King, Jr."),
    ("A good book is the best of friends, the same today and forever.", "Martin Farquhar Tupper", None, "– Martin Farquhar Tupper"),
]
H02 = [
    ("Friendship was given by nature to be an assistant to virtue, not a companion to vice.", "Marcus Tullius Cicero", None, "—Marcus Tullius Cicero, c. 45 BC"),
    ("A friend who is very near and dear may in time become as useless as a relative.", "George Ade", None, "—George Ade, 1902"),
    ("The path of social advancement is, and must be, strewn with broken friendships.", "H. G. Wells", None, "—H.G. Wells, 1905"),
    ("Friendship itself will not stand the strain of very much good advice for very long.", "Robert Wilson Lynd", None, "—Robert Wilson Lynd, 1924"),
    ("One’s friends are that part of the human race with which one can be human.", "George Santayana", None, "—George Santayana, c. 1914"),
    ("Think where man’s glory most begins and ends, / And say my glory was I had such friends.", "W. B. Yeats", None, "—W.B. Yeats, 1937"),
    ("Friendship’s a noble name, ’tis love refined.", "Susanna Centlivre", None, "—Susanna Centlivre, 1703"),
]
H03 = [
    ("True friendship is a plant of slow growth, and must undergo and withstand the shocks of adversity, before it is entitled to the appellation.", "George Washington", None, "- George Washington"),
    ("Don't flatter yourselves that friendship authorizes you to say disagreeable things to your intimates. On the contrary, the nearer you come into relation with a person, the more necessary do tact and courtesy become.", "Oliver Wendell Holmes, Sr.", None, "- Oliver Wendell Holmes, Sr."),
    ("Love, friendship and respect do not unite people as much as a common hatred for something.", "Anton Chekhov", None, "- Anton Chekhov"),
    ("One friend in a lifetime is much, two are many, three are hardly possible. Friendship needs a certain parallelism of life, a community of thought, a rivalry of aim.", "Henry Adams", None, "- Henry Adams"),
    ("All love that has not friendship for its base, is like a mansion built upon the sand.", "Ella Wheeler Wilcox", None, "- Ella Wheeler Wilcox"),
]
H06 = [
    ("Awards become corroded, friends gather no dust.", "Jesse Owens", None, "—Jesse Owens (1913–80) American Track-and-Field Athlete"),
    ("There is a way of speaking of people which has the mystical power of calling forth friendship and love for them-originating in friendship and love itself.", "Hans Margolius", None, "—Hans Margolius"),
    ("A friend who cannot at a pinch remember a thing or two that never happened is as bad as one who does not know how to forget.", "Samuel Butler", None, "—Samuel Butler"),
    ("Friendship lasts but for a day, business connections forever.", None, None, "—Babylonian Proverb"),
    ("I think the best friendships are those that can stand the test of time, where the friendship is based more on who you are than on what you do or what you have.", "Steve Pavlina", None, "—Steve Pavlina (b.1971) American Motivational Speaker"),
    ("True friends … face in the same direction, toward common projects, interests, goals.", "C. S. Lewis", None, "—C. S. Lewis (1898-1963) Irish-born British Academic, Author, Literary Scholar"),
    ("Forsake not an old friend, for the new is not comparable to him; a new friend is as new wine.", None, "Bible", "—The Holy Bible Scripture in the Christian Faith"),
    ("If you have one true friend you have more than your share.", "Thomas Fuller", None, "—Thomas Fuller (1608–61) English Cleric, Historian"),
]
WEEK = "A Week on the Concord and Merrimack Rivers"
H07 = [
    ("The sum of what the writer of what ever class has to report is simply some human experience, whether he be poet or philosopher or man of science.", None, "Journal", "—Journal, 6 May 1854"),
    (("The woodchopper reads the wisdom of the ages", "with the printed thoughts of men."), None, "Journal", "—Journal, 10 March 1856"),
    ("The words of some men are thrown forcibly against you and adhere like burs.", None, "Journal", "—Journal, 4 June 1839"),
    ("The works of the great poets have never yet been read by mankind, for only great poets can read them. They have only been read as the multitude read the stars, at most astrologically, not astronomically.", "Henry David Thoreau", "Walden", "—Walden"),
    ("The writer needs the suggestion and correction that a correspondent or companion is.", None, "Journal", "—Journal, 23 August 1858"),
    ("There are two classes of authors—the one write the history of their times; the other their biography.", None, "Journal", "—Journal, 20 April 1841"),
    ("There is a sort of homely truth and naturalness in some books, which is very rare to find, and yet look quite cheap.", None, "Journal", "—Journal, 13 March 1841"),
    ("There is always room and occasion enough for a true book on any subject; as there is room for more light the brightest day and more rays will not interfere with the first.", "Henry David Thoreau", WEEK, "—A Week on the Concord and Merrimack Rivers"),
    ("There is many a book which ripples on like a freshet, and flows as glibly as a mill-stream sucking under a causeway; and when their authors are in the full tide of their discourse, Pythagoras and Plato and Jamblichus halt beside them.", "Henry David Thoreau", WEEK, "—A Week on the Concord and Merrimack Rivers"),
]
H16 = [
    ("Dreams shed light on the dim places where reason itself has yet to voyage.", "Carl Jung", None, "**— Carl Jung**"),
    ("Those who have everything, more will be given. Those who have nothing, everything will be taken away.", None, "Bible", "**— Bible (Matthew 13:12)**"),
    (("History is just a madhouse", "leaves you little that's unknown."), "Jordan Peterson", None, "**— Dr. Jordan Peterson**"),
    ("Knowing yourself is the beginning of all wisdom.", "Aristotle", None, "**— Aristotle**"),
    ("If your absence doesn't bother them, then your presence never mattered to them in the first place.", None, None, "**— Unknown**"),
    ("If you are distressed by anything external, the pain is not due to the thing itself, but to your estimate of it; and this you have the power to revoke at any moment.", "Marcus Aurelius", None, "**— Marcus Aurelius**"),
]

ROWS = [
    # doc, text-or-(from,to), kind, form, speaker, author, work, cue, source, note, extra
    *_credited(D01, H01, "marks", "numbered item, single curly quotes, en dash credit after"),
    (D01, "My dad said to me growing up: ‘When all is said and done, if you can count all your true friends on one hand, you’re a lucky man.", "quotation", "marks", None, "Josh Charles", None, "– Josh Charles", None, "the outer quote opens with ‘ and shares its one closing ’ with the nested one", {}),
    (D01, "When all is said and done, if you can count all your true friends on one hand, you’re a lucky man.", "quotation", "marks", "my dad", None, None, "My dad said to me growing up:", None, "nested quotation of the speaker's father", OPT),
    (D01, ("True friendship multiplies the good in life", "to keep him is a blessing."), "quotation", "marks", None, "Baltasar Gracian", None, "– Baltasar Gracian", None, "", {}),
    *_credited(D02, H02, "signature", "one saying a paragraph, the credit paragraph (dash, name, year) under it"),
    *_credited(D03, H03, "signature", "numbered item, unmarked, ' - Name' after"),
    (D04, ("I have—says old Pindar—many swift arrows", "interpreter to the thoughtless."), "quotation", "unmarked", None, "Pindar", None, "says old Pindar", None, "commonplace-book entry, the credit set inside it between dashes", {}),
    (D04, "Such a man as it takes ages to make, and ages to understand.", "quotation", "signature", None, "Henry David Thoreau", None, "H. D. Thoreau.", None, "entry run on in the same line, credit after it", {}),
    (D04, "If you hate a man, don't kill him, but let him live.", "quotation", "signature", None, None, None, "—Buddhistic.", None, "credited to a tradition after a dash", {}),
    (D04, "Famous swords are made of refuse scraps, thought worthless.", "quotation", "unmarked", None, None, None, None, None, "uncredited entry run on after the previous one's credit", {}),
    (D04, "Poetry is the only verity—the expression of a sound mind speaking after the ideal—and not after the apparent.", "quotation", "signature", None, "Ralph Waldo Emerson", None, "—Emerson.", None, "dashes inside the entry, credit after the last", {}),
    (D04, "The form of oath among the Shoshone Indians is, \"The earth hears me. The sun hears me. Shall I lie?\"", "quotation", "unmarked", None, None, None, None, None, "uncredited entry holding a quotation", OPT),
    (D04, "The earth hears me. The sun hears me. Shall I lie?", "quotation", "marks", "the Shoshone Indians", None, None, "The form of oath among the Shoshone Indians is,", None, "", {}),
    (D04, "The true test of civilization is not the census, nor the size of cities, nor the crops—no, but the kind of a man the country turns out.", "quotation", "signature", None, "Ralph Waldo Emerson", None, "—Emerson.", None, "", {}),
    (D04, ("The whole wide ether is the eagle's sway:", "a brave man's fatherland."), "quotation", "verse_lines", None, "Euripides", None, "—Euripides.", None, "couplet, credit after the second line", SIG),
    (D04, ("Spices crush'd, their pungence yield,", "Cast the incense in the fire."), "quotation", "verse_lines", None, None, None, None, None, "uncredited quatrain, one line a line", {}),
    (D04, "the huge Mississippi of falsehood called History.", "quotation", "marks", None, "Matthew Arnold", None, "Matthew Arnold speaks of", None, "", {}),
    (D05, ("ALBERT EINSTEIN is held up as", "could not even tie\n> his own shoelaces;"), "quotation", "md_blockquote", None, None, None, "On Sat, 30 Jun 2001, Brian wrote:", None, "e-mail/Usenet '> ' quoting of the earlier post (a document it included)", {}),
    (D05, "a rare genius,", "scare", "marks", None, None, None, None, None, "", {}),
    (D05, "The\n> Often-Repeated Lie= Truth,", "scare", "marks", None, None, None, None, None, "a named technique", {}),
    (D05, ("[...] The Encyclopedia Britannica says of", "scholastic ability.\""), "quotation", "md_blockquote", None, None, None, "On Sat, 30 Jun 2001, Brian wrote:", None, "second quoted piece of the same post", {}),
    (D05, "showed little scholastic ability.", "quotation", "marks", None, None, "Encyclopaedia Britannica", "The Encyclopedia Britannica says of\n> Einstein's early education that  he", None, "", {}),
    (D05, "Genius", "title", "marks", None, None, None, None, None, "", {}),
    (D05, "Inspired Amateurs", "title", "marks", None, None, None, None, None, "", {}),
    (D05, "Chaos", "title", "marks", None, None, None, None, None, "", {}),
    (D05, ("It\n> also says that at the age of 15,", "with no diploma.\""), "quotation", "md_blockquote", None, None, None, "On Sat, 30 Jun 2001, Brian wrote:", None, "third quoted piece of the same post", {}),
    (D05, "with poor grades in history, geography,\n> and languages, he left school with no diploma.", "quotation", "marks", None, None, "Encyclopaedia Britannica", "also says that at the age of 15,", None, "", {}),
    *_credited(D06, H06, "signature", "one saying a line, the dash credit line (name, dates, description) under it"),
    *_credited(D07, H07, "signature", "one quotation a line, the work and date after a dash; the page (walden.org) never names the author"),
    (D08, "You have a good conscience, almost as good as new for you haven’t used it much!", "quotation", "marks", None, SP, None, "To a young listener-", None, "page titled 'Spurgeon Notes'", {}),
    (D08, "It is not the work of the shepherd to strike his sheep but to feed them.", "quotation", "marks", None, SP, None, "he answered:", None, "", {}),
    (D08, ("The Lord walked in the garden in the cool of the day. Walked,", "have hope in the darkness."), "quotation", "marks", None, SP, None, "Spurgeon Notes", None, "a paragraph of its own in quote marks, credited only by the page's title", {}),
    (D08, "It is only this. Jesus died for me.", "quotation", "marks", None, SP, None, "Spurgeon replied,", None, "", {}),
    (D08, "Lord would you please give me a short memory for grudges. Amen.", "quotation", "unmarked", None, SP, None, "Today let us offer up one of Spurgeon’s personal prayers.", None, "after a 'Prayer-' label, the sentence before names it", {}),
    (D09, ("The sermon itself is the main thing:", "regarded with holy care."), "quotation", "marks", None, SP, "Lectures to My Students", "- Charles Haddon Spurgeon in \"Lectures to My Students.\"", None, "quoted paragraph, hyphen credit paragraph under it", SIG),
    (D09, "Lectures to My Students.", "title", "marks", None, None, None, None, None, "", {}),
    (D10, ("The characteristic feature of imperialism", "powerful armed forces."), "quotation", "marks", None, "Vladimir Lenin", "The Second Congress Of The Communist International", "Vladimir Lenin, “The Second Congress Of The Communist International”", None, "quoted paragraph, credit line under it", SIG),
    (D10, "The Second Congress Of The Communist International", "title", "marks", None, None, None, None, None, "", {}),
    (D11, ("Some people think that Albert Einstein’s name is magical.", "proposition they are peddling."), "quotation", "signature", None, "Garson O’Toole", None, "— Garson O’Toole", None, "epigraph paragraph, dash credit at its end", {"also_forms": ["epigraph"]}),
    (D11, "Everybody talks about the weather, but nobody does anything about it.", "quotation", "marks", None, "Mark Twain", None, "people loved to quote Mark Twain.", None, "claimed for Twain (the writer says wrongly)", {}),
    (D11, "There Is Always a Well-Known Solution to Every Human Problem—Neat, Plausible, and Wrong.", "quotation", "marks", None, "Mark Twain", None, "people loved to quote Mark Twain.", None, "", {}),
    (D11, "It is better to keep your mouth shut and appear stupid than to open it and remove all doubt.", "quotation", "marks", None, "Mark Twain", None, "people loved to quote Mark Twain.", None, "", {}),
    (D11, "Everything Should Be Made as Simple as Possible, But Not Simpler.", "quotation", "marks", None, "Albert Einstein", None, "It’s all the rage to quote him:", None, "one quotation a paragraph after a colon", {}),
    (D11, "The greatest power in the universe is compound interest.", "quotation", "marks", None, "Albert Einstein", None, "It’s all the rage to quote him:", None, "", {}),
    (D11, "Evil is the absence of God.", "quotation", "marks", None, "Albert Einstein", None, "It’s all the rage to quote him:", None, "", {}),
    (D11, "There may not be a God, but there damn sure is a Devil.", "quotation", "marks", None, None, None, "I’ve made up a couple of quotes:", None, "the writer's own made-up line", OPT),
    (D11, "Whatever you believe is inevitable you will never fix.", "quotation", "marks", None, None, None, "I’ve made up a couple of quotes:", None, "the writer's own made-up line", OPT),
    (D11, "There may not be a God, but there damn sure is a Devil.", "quotation", "marks", None, "Mark Twain", None, "— Mark Twain", None, "made-up line credited to Twain", {}),
    (D11, "Whatever you believe is inevitable you will never fix.", "quotation", "marks", None, "Albert Einstein", None, "— Albert Einstein", None, "made-up line credited to Einstein", {}),
    (D12, "To thine own self be true, and it must follow, as the night the day, thou canst not then be false to any man.", "quotation", "marks", "Polonius", SH, "Hamlet", "Several inspirational quotes by William Shakespeare:", None, "numbered item, the play after it, the speaker in the explanation", {}),
    (D12, "Hamlet", "title", "marks", None, None, None, None, None, "", {}),
    (D12, "All the world’s a stage, and all the men and women merely players.", "quotation", "marks", "Jaques", SH, "As You Like It", "Several inspirational quotes by William Shakespeare:", None, "", {}),
    (D12, "As You Like It", "title", "marks", None, None, None, None, None, "", {}),
    (D12, "What’s past is prologue.", "quotation", "marks", "Antonio", SH, "The Tempest", "Several inspirational quotes by William Shakespeare:", None, "", {}),
    (D12, "The Tempest", "title", "marks", None, None, None, None, None, "", {}),
    (D12, "Cowards die many times before their deaths; The valiant never taste of death but once.", "quotation", "marks", "Julius Caesar", SH, "Julius Caesar", "Several inspirational quotes by William Shakespeare:", None, "", {}),
    (D12, "Julius Caesar", "title", "marks", None, None, None, None, None, "", {}),
    (D13, ("Wild Nights! Wild Nights!", "To-night in Thee!"), "quotation", "verse_lines", None, ED, None, "What's your favorite Dickinson poem?", None, "poem of three stanzas after a question naming the poet; no marks, no credit line", {}),
    (D14, ("Tell all the Truth but tell it slant --", "Or every man be blind --"), "quotation", "indented_block", None, ED, None, "Feel free to share a poem she wrote.", None, "forum post indented as a whole; two stanzas at the post's indentation", {"also_forms": ["verse_lines"]}),
    (D15, ("He ate and drank the precious words,", "A loosened spirit brings!"), "quotation", "marks", None, ED, None, "-Emily Dickinson", None, "verse in one pair of quote marks, trailing spaces; hyphen credit line under it", SIG),
    (D15, ("If I read a book and it makes", "Is there any other way?"), "quotation", "marks", None, ED, None, "Emily Dickinson said it best when she defined poetry this way:", None, "the post's own signature '- Anita' follows", {}),
    (D16, "Quotes", "title", "marks", None, None, None, None, None, "front matter", {}),
    (D16, "base.njk", "scare", "marks", None, None, None, None, None, "front matter", {}),
    (D16, "A collection of quotes that inspire and provoke thought", "scare", "marks", None, None, None, None, None, "front matter", {}),
    (D16, "/quotes/", "scare", "marks", None, None, None, None, None, "front matter", {}),
    (D16, "Dreams shed light on the dim places where reason itself has yet to voyage.", "quotation", "marks", None, "Carl Jung", None, "- Carl Jung", None, "inside a fenced code block (terminal output)", OPT),
    *_credited(D16, H16, "md_blockquote", "one > block a section, bold dash credit inside the block after a blank > line", {"also_forms": ["signature"]}),
    (D17, "I know as much about quotations as I do\n            about pigeon fancying", "quotation", "q_tag", "Bob", "Bob", None, "So I asked <cite>Bob</cite> about quotations on the \n            Web and he said", None, "<q> after 'he said', the speaker in a <cite>", {}),
    (D17, ("blockquote and q are used for quotations.", "shorter, in-line quotations."), "quotation", "html_blockquote", None, None, "HTML Dog", "Luckily, I found HTML Dog and it said:", None, "<blockquote cite=...> inside a <p>", {}),
    (D17, ("blockquote and q are used for quotations.", "shorter, in-line quotations."), "quotation", "unmarked", None, None, None, None, None, "the same words again between escaped angle brackets, uncredited", OPT),
    (D18, ("**Markdown** is a _lightweight markup language_", "many other formats."), "quotation", "unmarked", None, None, "Wikipedia", "- from [Wikipedia](https://en.wikipedia.org/wiki/Markdown)", None, "inside an indented code block (syntax shown, not rendered)", OPT),
    (D18, "To be, or not to be, that is the question.", "quotation", "md_blockquote", "Hamlet", SH, "Hamlet", "Add a quote from **William Shakespeare**'s play _Hamlet_:", None, "the demo blockquotes above it ('This is my blockquote.') are nobody's words", {}),
    (D19, "unreadable", "scare", "marks", None, None, None, None, None, "", {}),
    (D19, "Il n’y a pas belles pensées sans belles formes.", "quotation", "epigraph", None, "Gustave Flaubert", None, "Flaubert.", None, "epigraph, the name alone on the next line", SIG),
    (D19, "The first rule, indeed by itself virtually a sufficient condition for good style, is to have something to say.", "quotation", "epigraph", None, "Arthur Schopenhauer", None, "Schopenhauer.", None, "second epigraph", SIG),
    (D19, "Reading the ‘unreadable’ Marx", "title", "marks", None, None, None, None, None, "", {}),
    (D19, "unreadable", "scare", "marks", None, None, None, None, None, "nested in the title", {}),
    (D19, "Marx Myths and Legends", "title", "marks", None, None, None, None, None, "", {"occurrence": 2}),
    (D19, "Dictionary of Received Ideas", "title", "marks", None, None, None, None, None, "", {}),
    (D19, "Malthus", "scare", "marks", None, None, None, None, None, "an entry word of the Dictionary", {}),
    (D19, "infamous,", "quotation", "marks", None, "Gustave Flaubert", "Dictionary of Received Ideas", "“Malthus” summoned up", None, "one word of the Dictionary", OPT),
    (D19, "Louis XVI", "scare", "marks", None, None, None, None, None, "an entry word", {}),
    (D19, "unfortunate.", "quotation", "marks", None, "Gustave Flaubert", "Dictionary of Received Ideas", "evoked", None, "one word of the Dictionary", OPT),
    (D19, "Marx,", "scare", "marks", None, None, None, None, None, "", {}),
    (D19, "discredited", "scare", "marks", None, None, None, None, None, "", {}),
    (D19, "unreadable.", "scare", "marks", None, None, None, None, None, "", {}),
    (D19, "discredited", "scare", "marks", None, None, None, None, None, "", {}),
    (D19, "unreadable.", "scare", "marks", None, None, None, None, None, "", {}),
    (D19, "unreadable", "scare", "marks", None, None, None, None, None, "", {}),
    (D19, ("Constant revolutionizing of production,", "all that is holy is profaned ..."), "quotation", "colon_block", None, "Karl Marx", "The Communist Manifesto", "From The Communist Manifesto, here is the paean to the bourgeoisie that Marx and Frederick Engels penned in 1848:", None, "block paragraph after a colon, no marks, note number after", {}),
    (D20, "Words can be like X-rays if you use them properly — they'll go through anything.", "quotation", "marks", None, "Aldous Huxley", "Brave New World", "<td>Aldous Huxley</td>", None, "table row: author, book, year, then the quotation", {}),
    (D20, "Nothing is so painful to the human mind as a great and sudden change.", "quotation", "marks", None, "Mary Shelley", "Frankenstein", "<td>Mary Shelley</td>", None, "", {}),
    (D20, "My schedule for today lists a six-hour self-accusatory depression.", "quotation", "marks", None, "Philip K. Dick", "Do Androids Dream of Electric Sheep?", "<td>Philip K. Dick</td>", None, "", {}),
    (D20, "Perhaps one did not want to be loved so much as to be understood.", "quotation", "marks", None, "George Orwell", "Nineteen Eighty-Four", "<td>George Orwell</td>", None, "", {}),
    (D21, ("Two roads diverged in a yellow wood,", "And that has made all the difference."), "quotation", "verse_lines", None, RF, RNT, "Robert Frost", None, "poem under its title, four stanzas, the poet's name alone under it; blog comments after ('X said...')", {"also_forms": ["signature"]}),
    (D22, ("I will tell you why she rarely ventured from her house.", "and never read such syllables aloud."), "quotation", "verse_lines", None, "Dan Vera", "Emily Dickinson at the Poetry Slam", "By Dan Vera (2008)", None, "a poem laid out a line a paragraph (a blank line after every line), its title above, 'By Name (year)' under it", {}),
    (D23, GRETZKY + " - Wayne Gretzky", "quotation", "marks", None, "Michael Scott", None, "**- Michael Scott**", None, "inside a fenced code block (the syntax shown)", OPT),
    (D23, GRETZKY + " - Wayne Gretzky", "quotation", "md_blockquote", None, "Michael Scott", None, "> **- Michael Scott**", None, "a joke quotation: a quotation credited inside the marks to one man and under the block to another", {"also_forms": ["marks"]}),
    (D23, GRETZKY, "quotation", "marks", None, "Wayne Gretzky", None, "- Wayne Gretzky", None, "the words the joke credits to Gretzky", {"optional": True, "occurrence": 2}),
    (D23, GRETZKY, "quotation", "marks", None, "Michael Scott", None, None, None, "inside a fenced code block", OPT),
    (D23, GRETZKY, "quotation", "md_blockquote", None, "Michael Scott", None, "> **- Michael Scott**", None, "nested > blocks: the words three deep, the credits two and one deep; the quote mark is closed after the Gretzky credit", OPT),
    (D24, ("Two roads diverged in a yellow wood,", "And that has made all the difference."), "quotation", "verse_lines", None, RF, RNT, "I'm (re)posting my favorite poem, by Robert Frost:", None, "poem after a colon cue and its title in capitals, no stanza breaks, '-Robert Frost' under it; blog furniture after", {"also_forms": ["colon_block", "signature"]}),
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(HERE))
    from label_table import write_labels

    write_labels(HERE, ROWS, TEST, nested=True)
