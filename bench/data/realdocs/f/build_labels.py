#!/usr/bin/env python3
"""Write labels.jsonl from the hand-written table below (kept so the labels can be read and
edited as a table; labels.jsonl is what the evaluator reads; see ../label_table.py). Labelled before any tool was
run on these documents (session 5, issue 10)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = {f"f{n:02d}" for n in range(3, 100, 3)}
BF, PRA = "Benjamin Franklin", "Poor Richard's Almanack"
SH = "William Shakespeare"
LI, GR = "Abraham Lincoln", "Ulysses S. Grant"
ML = "Per Martin-Löf"


def _franklin(doc, items, cue):
    """One label per proverb of a list (one proverb a line)."""
    return [(doc, t, "quotation", "verse_lines", None, BF, PRA, cue, None, "one proverb a line", {}) for t in items]


F01 = ["Remember that time is money.", "A little neglect may breed mischief: for want of a nail, the shoe was lost; for want of a shoe the horse was lost; and for want of a horse the rider was lost.", "A penny saved is a penny earned.", "Any fool can criticize, condemn and complain and most fools do.", "Early to bed, early to rise makes a man healthy, wealthy, and wise.", "Fish and visitors smell in three days.", "Genius without education is like silver in the mine.", "God helps them that help themselves.", "Haste makes waste.", "Hide not your talents. They for use were made. What's a sundial in the shade?", "It is hard for an empty bag to stand upright.", "Little strokes fell great oaks.", "Never leave that till to-morrow which you can do to-day.", "Three may keep a secret, if two of them are dead.", "Well done is better than well said."]
F06 = ["There are no gains without pains.", "At the working man’s house hunger looks in but dares not enter.", "Industry pays debts while despair increases them.", "Diligence is the mother of good luck.", "Plough deep while sluggards sleep and you shall have corn to sell and to keep.", "Work while it is called today for you know not how much you may be hindered tomorrow.", "One today is worth two tomorrows.", "Trouble springs from idleness and grievous toil from needless ease.", "Industry gives comfort and plenty and respect.", "Keep thy shop and thy shop will keep thee.", "Want of care does us more damage than want of knowledge.", "Women and wine, game and deceit make the wealth small and the wants great.", "What maintains one vice would bring up two children.", "Buy what thou has no need of and ere long thou shall sell thy necessaries.", "A child and a fool imagine twenty shillings and twenty years can never be spent.", "To be humble to superiors is duty, to equals courtesy, to inferiors nobleness.", "After crosses and losses Men grow humbler and wiser.", "The proud hate pride — in others.", "Blame-all and Praise-all are two blockheads.", "Experience keeps a dear school, but fools will learn in no other, and scarce in that."]
F16 = ["Youth is pert and positive. Age modest and doubting: so Ears of Corn when young and light, stand bold upright, but hang their Heads when weighty, full, and ripe.", "If Passion drives, let Reason hold the Reins.", "Anger warms the Invention, but overheats the Oven.", "Anger is never without a Reason, but seldom with a good One.", "Craft must be at charge for clothes, but Truth can go naked.", "He that's content, hath enough; He that complains, hath too much.", "Discontented Minds, and Fevers of the Body are not to be cured by changing Beds or Businesses.", "In the Affairs of this World Men are saved, not by Faith, but by Want of it.", "The sleeping Fox catches no poultry.", "Diligence overcomes Difficulties, Sloth makes them.", "God helps them that help themselves.", "Diligence is the mother of good luck.", "When the Wine enters, out goes the Truth.", "Eat to live; live not to eat."]

D01, D02, D03 = "f01-ronnfcc-franklin-sayings.txt", "f02-0685-quoting-poems.txt", "f03-literaryramblings-hard-times.txt"
D04, D05, D06 = "f04-dickensexpectations-great.txt", "f05-vizpoem-white-space.txt", "f06-docsbay-no-gains-without-pains.txt"
D07, D08, D09 = "f07-bookrags-hard-times-title.txt", "f08-bitlit-puzzles-and-oddities.txt", "f09-bartleby-noted-sayings.txt"
D10, D11, D12 = "f10-monologues-to-be-or-not-to-be.md", "f11-zeusplatform-html-figure.html", "f12-latex-text-environments.tex"
D13, D14, D15 = "f13-notruescotsman-lincoln-in-congress.txt", "f14-imsa-great-expectations-names.txt", "f15-tinablue-quoting-poetry.txt"
D16, D17, D18, D19 = "f16-plannedob-poor-richard-maxims.txt", "f17-chemset-figure-poem.html", "f18-korkut-ml5-thesis.tex", "f19-grok-speed-of-light-efe.tex"
OPT = {"optional": True}

ROWS = [
    # doc, text-or-(from,to), kind, form, speaker, author, work, cue, source, note, extra
    *_franklin(D01, F01, "In his Almanac, Franklin wrote many clever sayings which are still part of our cultural heritage today, and here are several:"),
    (D02, "Emily Dickinson's poem is about death: 'Because I could not stop for Death / He kindly stopped for me'.", "quotation", "marks", None, None, None, "An example is as follows:", None, "an example sentence shown (holding a real quotation); need not be extracted", OPT),
    (D02, "Because I could not stop for Death / He kindly stopped for me", "quotation", "marks", None, "Emily Dickinson", None, "Emily Dickinson's poem is about death:", None, "lines with a slash, nested in the example", {}),
    (D02, ("Because I could not stop for Death,\nHe kindly", "And Immortality."), "quotation", "colon_block", None, "Emily Dickinson", None, "Emily Dickinson's poem is about death:", None, "verse block after a colon, line numbers after", {"also_forms": ["verse_lines"]}),
    (D02, "Mending Wall", "title", "marks", None, None, None, None, None, "poem title", {}),
    (D02, "Something there is that doesn't love a wall.", "quotation", "marks", None, "Robert Frost", "Mending Wall", "the opening line of Robert Frost's \"Mending Wall\":", None, "", {}),
    (D02, "Something there is the doesn't love a wall.", "quotation", "marks", None, "Robert Frost", "Mending Wall", "--Robert Frost", None, "epigraph example on its own line, dash signature below; misquoted", {"also_forms": ["signature", "epigraph"]}),
    (D02, "An Essay on Criticism.", "title", "marks", None, None, None, None, None, "", {}),
    (D03, "passionate revolt against the whole industrial order of the modern world", "quotation", "marks", None, "George Bernard Shaw", None, "George Bernard Shaw, said that it was a", None, "closed by a second opening mark", {}),
    (D03, "The minds if a flame to be kindled, not a vessel to be filled.", "quotation", "marks", None, "Plutarch", None, "Plutarch:", None, "image caption (straight quotes)", {}),
    (D03, "The minds if a flame to be kindled, not a vessel to be filled.", "quotation", "marks", None, "Plutarch", None, "Plutarch:", None, "the same caption (curly quotes)", {}),
    (D03, "are to be in all things regulated and governed", "quotation", "marks", "Mr. Gradgrind", "Charles Dickens", "Hard Times", "Mr. Gradgrind, the novel’s patriarchal figure, tells his children that they", None, "", {}),
    (D03, "facts", "scare", "marks", None, None, None, None, None, "a word mentioned", {}),
    (D04, "Great", "scare", "marks", None, None, None, None, None, "word as word ('the word 'Great'')", {"occurrence": 2}),
    (D04, "Great Expectations", "title", "marks", None, None, None, None, None, "", {}),
    (D04, "great", "scare", "marks", None, None, None, None, None, "word as word", {}),
    (D04, "expectations", "scare", "marks", None, None, None, None, None, "word of the title", {}),
    (D05, "say", "scare", "marks", None, None, None, None, None, "", {}),
    (D05, "Ode to the West Wind,", "title", "marks", None, None, None, None, None, "", {}),
    (D05, ("The President ordains the bee to be", "green phrases of its juvenal?"), "quotation", "colon_block", None, "Wallace Stevens", "Notes Toward a Supreme Fiction", "in Wallace Stevens’s poem Notes Toward a Supreme Fiction, one section considers the very-impressive powers of an unnamed President:", None, "verse lines separated by blank lines after a colon", {"also_forms": ["verse_lines"]}),
    (D05, "bee", "scare", "marks", None, None, None, None, None, "word as word", {"occurrence": 4}),
    (D05, "be,", "scare", "marks", None, None, None, None, None, "word as word", {}),
    (D05, "be / Immortal", "quotation", "marks", None, "Wallace Stevens", None, "the enjambment of", None, "two words of the lines above", OPT),
    (D05, "bee to be", "quotation", "marks", None, "Wallace Stevens", None, None, None, "words of the lines above", OPT),
    (D06, "gleaned from the ages,", "quotation", "marks", None, BF, None, "Franklin said that wisdom is", None, "", {}),
    *_franklin(D06, F06, "I give you a partial list of aphorisms found in Poor Richard’s Almanack."),
    (D07, "Hard Times and the Condition of England,", "title", "marks", None, None, None, None, None, "essay title in a source line", {}),
    (D07, "According to Cocker", "title", "marks", None, None, None, None, None, "possible titles, single quotes", {}),
    (D07, "Prove It", "title", "marks", None, None, None, None, None, "", {}),
    (D07, "Hard Times", "title", "marks", None, None, None, None, None, "", {"occurrence": 4}),
    (D07, "Hard Heads and Soft Hearts", "title", "marks", None, None, None, None, None, "", {}),
    (D07, "A Mere Question of Figures", "title", "marks", None, None, None, None, None, "", {}),
    (D07, "Hard Times", "title", "marks", None, None, None, None, None, "", {"occurrence": 5}),
    (D08, "state rights", "scare", "marks", None, None, None, None, None, "a named phrase", {}),
    (D08, "squatter sovereignty,", "scare", "marks", None, None, None, None, None, "a named phrase", {}),
    (D08, "Border Ruffian.", "scare", "marks", None, None, None, None, None, "a nickname", {}),
    (D08, "With charity to all, and malice toward none.", "quotation", "marks", None, LI, None, "Those of Lincoln alone would fill a volume—chief of these, is that noble sentiment:", None, "Second Inaugural, reordered", {}),
    (D08, "All quiet along the Potomac", "quotation", "marks", None, "George B. McClellan", None, "McClellan’s", None, "", {}),
    (D08, "ring down through the ages.", "scare", "marks", None, None, None, None, None, "an idiom in quote marks", {}),
    (D08, "Contraband of War,", "scare", "marks", None, None, None, None, None, "a named phrase", {}),
    (D08, "Fight it out on this line,", "quotation", "marks", None, GR, None, "Grant gave us", None, "", {}),
    (D08, "Unconditional surrender,", "quotation", "marks", None, GR, None, "Grant gave us", None, "a phrase named", OPT),
    (D08, "I propose to move immediately upon your works,", "quotation", "marks", None, GR, None, "Grant gave us", None, "", {}),
    (D08, "Bottled up,", "quotation", "marks", None, GR, None, "Grant gave us", None, "a phrase named", OPT),
    (D08, "If things are pushed, Lee will surrender.", "quotation", "marks", None, "Philip Sheridan", None, "Gen. Sheridan’s telegram:", None, "", {}),
    (D08, "Push things!", "quotation", "marks", None, GR, None, "was the reply", None, "", {}),
    (D09, "I can tell thee where that saying was born.", "quotation", "verse_lines", None, SH, "Twelfth Night", "Twelfth Night, I., 5.", None, "bulleted line, reference under it", {"also_forms": ["signature"]}),
    (D09, ("Farewell, dear England!", "propagate the gospel in America."), "quotation", "indented_block", None, "Francis Higginson", None, "Francis Higginson. 1587–1630.", None, "indented paragraph under its heading, signature line below", {"also_forms": ["signature"]}),
    (D09, ("My Fathers and Brethren,", "nor yet of a sincere Christian."), "quotation", "indented_block", None, "John Higginson", "The Cause of God and his People in New-England", "John Higginson. 1616–1708.", None, "source after a dash, signature line below", {"also_forms": ["signature"]}),
    (D09, "The Cause of God and his People in New-England.", "title", "marks", None, None, None, None, None, "", {}),
    (D09, "United We Stand, Divided We Fall.", "quotation", "marks", None, "John Dickinson", "The Liberty Song", None, None, "the saying as the entry's heading", OPT),
    (D09, "The Liberty Song", "title", "marks", None, None, None, None, None, "", {}),
    (D09, "Gazette,", "title", "marks", None, None, None, None, None, "newspaper name", {}),
    (D09, "Then join hand in hand, brave Americans all,—", "quotation", "verse_lines", None, "John Dickinson", "The Liberty Song", "John Dickinson. 1732–1808.", None, "bulleted verse line", {"also_forms": ["signature"]}),
    (D09, "By uniting we stand, by dividing we fall!", "quotation", "verse_lines", None, "John Dickinson", "The Liberty Song", "John Dickinson. 1732–1808.", None, "bulleted verse line", {"also_forms": ["signature"]}),
    (D10, "To be, or not to be…", "title", "marks", None, None, None, None, None, "the soliloquy named by its opening in the heading", {}),
    (D10, ("To be, or not to be: that is the question:", "Be all my sins remember’d."), "quotation", "md_blockquote", "Hamlet", SH, "Hamlet", "— Hamlet (Act 3, Scene 1)", None, "one > block, lines ending in <br>", {}),
    (D10, "To be, or not to be, that is the question—", "quotation", "marks", "Hamlet", SH, "Hamlet", "**LINE:**", None, "", {}),
    (D10, "Whether ’tis nobler in the mind to suffer", "quotation", "marks", "Hamlet", SH, "Hamlet", "**LINE:**", None, "", {"occurrence": 2}),
    (D10, "The slings and arrows of outrageous fortune, / Or to take arms against a sea of troubles", "quotation", "marks", "Hamlet", SH, "Hamlet", "**LINE:**", None, "", {}),
    (D11, ("If debugging is the process", "the process of putting them in."), "quotation", "html_blockquote", None, "Edsger Dijkstra", None, "<cite>Edsger Dijkstra:</cite>", None, "figcaption before the blockquote", {}),
    (D11, ("Bid me discourse, I will enchant thine ear,", "but light, and will aspire."), "quotation", "verse_lines", None, SH, "Venus and Adonis", "<cite>Venus and Adonis</cite>,\n    by William Shakespeare", None, "a poem in a figure (pre-formatted paragraph), figcaption after", {}),
    (D12, "Some birds are not meant to be caged; their feathers are just too bright.", "quotation", "tex", "Reid", None, "The Shawshank Redemption", "In the film \\textit{The Shawshank Redemption}, Reid said,", None, "TeX quote environment", {}),
    (D12, ("The year 2021 marks the centenary", "national rejuvenation, and wellbeing."), "quotation", "tex", None, None, "The Communist Party of China and Human Rights Protection -- A 100-Year Quest", "There are such paragraphs in", None, "TeX quotation environment, two paragraphs", {}),
    (D12, ("Green, green the reed,", "She’s thereamong."), "quotation", "tex", None, None, "Book of Songs", "is a Chinese classical poemtry in \\textit{the Book of Songs}", None, "TeX verse environment", {"also_forms": ["verse_lines"]}),
    (D13, "diss track", "scare", "marks", None, None, None, None, None, "", {}),
    (D13, ("By the way, Mr. Speaker,", "charges upon the wild onions."), "quotation", "marks", None, LI, None, "Lincoln in Congress", None, "speech in the House, 1848", {}),
    (D13, ("But the gentleman from Georgia", "or something so;"), "quotation", "marks", None, LI, None, "From earlier in the same speech:", None, "never closed (page cut)", {}),
    (D13, "Old Hickories", "scare", "marks", None, None, None, None, None, "nickname of campaign papers", {}),
    (D13, "Young Hickory", "scare", "marks", None, None, None, None, None, "nickname, mismatched marks", {}),
    (D13, "Little Hickory", "scare", "marks", None, None, None, None, None, "nickname, mismatched marks", {}),
    (D14, "most compactly perfect book", "quotation", "marks", None, "George Bernard Shaw", None, "Shaw, for instance, has lauded Great Expectations as Dickens’", None, "", {}),
    (D14, "last great work … the defects [of which] are as nearly imperceptible as spots on the sun or shadow on a sunlit sea", "quotation", "marks", None, "Algernon Charles Swinburne", None, "Swinburne has gone so far as to call it his", None, "", {}),
    (D15, "Fra Pandolf's hands / Worked busily aday, and there she stands", "quotation", "marks", None, "Robert Browning", "My Last Duchess", None, None, "", {}),
    (D15, "But I hung on like death / Such waltzing was not easy", "quotation", "marks", None, "Theodore Roethke", "My Papa's Waltz", None, None, "", {}),
    *_franklin(D16, F16, "What follows are my favorite maxims offered by none other than Ben Franklin:"),
    (D17, ("Twas brillig, and the slithy toves", "And the mome raths outgrabe."), "quotation", "verse_lines", None, "Lewis Carroll", "Jabberwocky", "<cite>Jabberwocky</cite> (first verse). Lewis Carroll, 1832-98", None, "poem in a figure, lines broken by <br/>; opens with an entity quote mark", {}),
    (D18, ("Forgotten were the elementary rules", "dismissed without evidence."), "quotation", "epigraph", None, "Christopher Hitchens", None, "\\textit{Christopher\n  Hitchens}", None, "\\epigraph with TeX quotes", {"also_forms": ["tex"]}),
    (D18, "$A \\land B$ is true, if $A$ is true and $B$ is true.", "scare", "tex", None, None, None, None, None, "the writer's own reading of a notation", {}),
    (D18, "$A$ true", "scare", "tex", None, None, None, None, None, "notation mentioned", {}),
    (D18, "$\\vdash A$", "scare", "tex", None, None, None, None, None, "notation mentioned", {}),
    (D18, "$A$", "scare", "tex", None, None, None, None, None, "notation mentioned", {"occurrence": 5}),
    (D18, "$A$\n  follows from $\\Gamma$", "scare", "tex", None, None, None, None, None, "a phrase mentioned", {}),
    (D18, "$\\Gamma \\vdash A$", "scare", "tex", None, None, None, None, None, "notation mentioned", {}),
    (D18, "stripped of [their]\n  epistemic force", "quotation", "tex", None, ML, None, "I will follow Martin-Löf's fourfold\n  terminology \\cite{pml}:", None, "", {}),
    (D18, "[they have] been proved or become known", "quotation", "tex", None, ML, None, None, None, "", {}),
    (D18, "evident judgment", "scare", "tex", None, None, None, None, None, "a term", {}),
    (D18, "true proposition", "scare", "tex", None, None, None, None, None, "a term", {}),
    (D18, "possible worlds", "scare", "tex", None, None, None, None, None, "a term", {}),
    (D19, "The theory of relativity makes the greatest demands on the reader’s physical intuition.", "quotation", "epigraph", None, "Albert Einstein", None, "{Albert Einstein, 1916}", None, "\\epigraph with TeX quotes", {"also_forms": ["tex"]}),
    (D19, "Dieses Erhaltungsgesetz [...] war ein schicksalhaftes Vorurteil.", "quotation", "tex", None, "Albert Einstein", None, "\\section{Einstein’s 1915 Papers}", None, "German, not in corpus", {}),
    (D19, ("Die endgültigen Feldgleichungen lauten:", "\\frac{8\\pi k}{c^4} \\)."), "quotation", "tex", None, "Albert Einstein", None, "\\section{Einstein’s 1915 Papers}", None, "German with inline math", {}),
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(HERE))
    from label_table import write_labels

    write_labels(HERE, ROWS, TEST, nested=True)
