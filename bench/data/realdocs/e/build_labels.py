#!/usr/bin/env python3
"""Write labels.jsonl from the hand-written table below (kept so the labels can be read and
edited as a table; labels.jsonl is what the evaluator reads; see ../label_table.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = {f"e{n:02d}" for n in range(3, 100, 3)}
SH, MV, HAM, RJ = "William Shakespeare", "The Merchant of Venice", "Hamlet", "Romeo and Juliet"
DI, DC, OT = "Charles Dickens", "David Copperfield", "Oliver Twist"
PA, CR, CS = "Thomas Paine", "The American Crisis", "Common Sense"
ME, MD = "Herman Melville", "Moby Dick"
TW, HF = "Mark Twain", "Adventures of Huckleberry Finn"
JE, AU, PP = "Thomas Jefferson", "Jane Austen", "Pride and Prejudice"
B = "Bible"
E01 = "e01-quizzclub-prick-us.txt"
E03 = "e03-dickensroundtheclock-micawber.txt"
E05 = "e05-gratefulamerican-times-that-try.txt"
E08 = "e08-pilgrim-covenant-vanity.txt"
E10 = "e10-idahobaptist-vanity.txt"
E11 = "e11-whyreadmobydick-ahab-starbuck.txt"
E12 = "e12-vandoren-american-novel-melville.txt"
E13 = "e13-bartleby-ahab-ishmael-visions.txt"
E16 = "e16-enotes-neither-borrower.txt"
E17 = "e17-smore-shakespeare-famous-quote.txt"
E18 = "e18-quiteirregular-polonius-special.txt"
E19 = "e19-mtolive-to-whom-shall-we-go.txt"
E20 = "e20-rectonoverso-tree-of-liberty.txt"
E21 = "e21-tutornotepad-logic-common-sense.txt"
E22 = "e22-rodevra-please-sir.txt"
E24 = "e24-shmoop-pride-prejudice-quotes.txt"
MV_SRC = {"file": "shakespeare_merchant-of-venice.txt", "text": "you prick us, do we not bleed? If you tickle us, do we not laugh?\nIf you poison us, do we not die? And if you wrong us, shall we\nnot revenge?"}
ECC_SRC = {"file": "kjv_bible.txt", "text": "Vanity of vanities, saith the Preacher, vanity of vanities; all is\nvanity."}

ROWS = [
    # doc, text-or-(from,to), kind, form, speaker, author, work, cue, source, note, extra
    (E01, "If you prick us, do we not bleed?", "quotation", "marks", None, SH, MV, "- from which play by William Shakespeare?", None, "headline question; the page answers The Merchant of Venice", {}),
    (E01, "The Merchant of Venice", "title", "marks", None, None, None, None, None, "", {}),
    (E01, "If you prick us do we not bleed? If you tickle us do we not laugh? If you poison us do we not die? And if you wrong us shall we not revenge?", "quotation", "marks", "Shylock", SH, MV, "He is the one who uses the quote:", MV_SRC, "'He' = Shylock, named in the sentence before; author and work two sentences before", {}),
    (E01, "hands, organs, dimensions, senses", "quotation", "marks", "Shylock", SH, MV, "Jews have", None, "words of Shylock's speech in a paragraph about him; no speech verb", {}),
    ("e02-britannica-kids-shylock.txt", ("I am a Jew. Hath not a Jew eyes?", "shall we not revenge?"), "quotation", "marks", "Shylock", SH, MV, "Feeling wronged, Shylock utters a famous plea for understanding:", None, "character as subject of the speech verb, author and play in the first sentence", {}),
    (E03, ("Annual income twenty pounds, annual expenditure nineteen [pounds]", "result misery."), "quotation", "marks", "Micawber", DI, DC, "~ David Copperfield", None, "the novel named after the quotation (tilde signature); Micawber named in the next sentence; David Copperfield is not in the corpus", {"also_forms": ["signature"]}),
    (E03, "In short", "quotation", "marks", "Micawber", DI, DC, "his famous", None, "his catchphrase named", {"optional": True}),
    (E03, ("Accidents will occur in the best regulated families;", "must be borne with philosophy."), "quotation", "marks", "Micawber", DI, DC, "~ David Copperfield", None, "second tilde signature; speaker from the paragraphs about him", {"also_forms": ["signature"]}),
    ("e04-allaboutdickens-micawber-advice.txt", "My other piece of advice, Copperfield,", "quotation", "marks", "Micawber", DI, DC, "said Mr. Micawber,", None, "dialogue split by its speech tag; Dickens named in the intro", {}),
    ("e04-allaboutdickens-micawber-advice.txt", ("you know. Annual income twenty pounds", "As I am!"), "quotation", "marks", "Micawber", DI, DC, "said Mr. Micawber,", None, "second half of the split dialogue", {}),
    (E05, "These are the times that try men’s souls?", "quotation", "marks", None, PA, CR, None, None, "headline question 'Who wrote ...?', answered in the next paragraph", {}),
    (E05, "These are the times that try men’s souls,", "quotation", "marks", None, PA, CR, "the Enlightenment writer Thomas Paine wrote,", None, "The American Crisis is not in the corpus", {}),
    (E05, "Throughout most of his life, his writings inspired passion, but also brought him great criticism,", "quotation", "marks", None, "ushistory.org", None, "shares ushistory.org.", None, "quotation before its cue; a website credited, not Paine ('his' = Paine is the topic)", {}),
    (E05, "He communicated the ideas of the Revolution to common farmers as easily as to intellectuals, creating prose that stirred the hearts of the fledgling United States.", "quotation", "marks", None, "ushistory.org", None, None, None, "continues the website's quotation", {}),
    ("e06-newsbreak-paine-crisis.txt", ("These are the times that try men’s souls. The summer soldier", "the more glorious the triumph."), "quotation", "marks", None, PA, CR, "His famous words of December 1776 still resonate today,", None, "'His' = Paine, subject of the sentence before", {}),
    ("e07-historyplace-paine.txt", "an asylum for mankind!", "quotation", "marks", None, PA, CS, "Paine held that a new nation, free of Britain, could one day become", None, "Common Sense named in the first sentence", {}),
    ("e07-historyplace-paine.txt", "These are the times that try men's souls.", "quotation", "marks", None, PA, CR, "He then published The Crisis series pamphlets which began by stating,", None, "He = Paine", {}),
    (E08, "Vanity of vanities, saith the Preacher, vanity of vanities; all is vanity.", "quotation", "marks", None, None, B, "(Ecclesiastes 1:2)", ECC_SRC, "verse reference under it", {}),
    (E08, "Preacher, the son of David, king in Jerusalem.", "quotation", "marks", "Solomon", None, B, "the writer describes himself as the", None, "the writer = Solomon (sentence before)", {}),
    (E08, ("I the Preacher was king over Israel", "to be exercised therewith."), "quotation", "colon_block", "Solomon", None, B, "he writes:", None, "Eccl 1:12-13 (KJV) after a colon", {}),
    (E08, "Vanity of vanities,… all is vanity", "quotation", "marks", "Solomon", None, B, "he declares repeatedly:", None, "he = Solomon", {}),
    (E08, "Vanity of vanity, all is vanity.", "quotation", "marks", None, None, B, "this is its theme:", None, "the book's theme (misquoted)", {}),
    ("e09-ericgeiger-blessing-meaningless.txt", "Vanity of vanities, vanity of vanities. All is vanity!", "quotation", "marks", "Solomon", None, B, "He boldly states,", None, "He = Solomon", {}),
    ("e09-ericgeiger-blessing-meaningless.txt", "King of kings and Lord of lords", "quotation", "marks", None, None, B, "the Bible says", None, "", {}),
    (E10, "One generation passeth away, and another generation cometh: but the earth abideth for ever.", "quotation", "marks", None, None, B, "Verse 4 is an example –", None, "Eccl 1:4 KJV", {}),
    (E10, "The words of the Preacher, the son of David, king in Jerusalem.", "quotation", "marks", None, None, B, "Verse 1 –", None, "Eccl 1:1 KJV", {}),
    (E10, "Ecclesiastes", "title", "marks", None, None, None, None, None, "", {}),
    (E10, "The Preacher.", "title", "marks", None, None, None, None, None, "", {}),
    (E11, "[M]y vengeance will fetch a great premium here!", "quotation", "marks", "Ahab", ME, MD, "Ahab then cries out,", None, "book about Moby-Dick; Melville not named in this excerpt", {}),
    (E11, "To be enraged with a dumb thing, Captain Ahab,", "quotation", "marks", "Starbuck", ME, MD, "he sputters,", None, "he = Starbuck; Ahab is the addressee", {}),
    (E11, "seems blasphemous.", "quotation", "marks", "Starbuck", ME, MD, "he sputters,", None, "", {}),
    (E11, "All visible objects . . . ,", "quotation", "marks", "Ahab", ME, MD, "Ahab insists,", None, "", {}),
    (E11, "are but as pasteboard masks.", "quotation", "marks", "Ahab", ME, MD, "Ahab insists,", None, "", {}),
    (E11, ("How can the prisoner reach outside", "shoved near to me."), "quotation", "marks", "Ahab", ME, MD, "He then likens the world to a prison cell.", None, "He = Ahab; no speech verb", {}),
    (E11, "He tasks me; he heaps me,", "quotation", "marks", "Ahab", ME, MD, "Ahab cries.", None, "quotation before its cue", {}),
    (E11, ("I see in him outrageous strength", "if it insulted me."), "quotation", "marks", "Ahab", ME, MD, "Ahab cries.", None, "continues after the cue", {}),
    (E11, "one and all with Ahab.", "quotation", "marks", "Ahab", ME, MD, "He then points Starbuck to the rest of the crew, who are", None, "Ahab's own words about himself", {}),
    (E11, "’Tis but to help strike a fin,", "quotation", "marks", "Ahab", ME, MD, "he insists,", None, "", {}),
    (E11, "no wondrous feat for Starbuck.", "quotation", "marks", "Ahab", ME, MD, "he insists,", None, "Starbuck named inside the quotation", {}),
    (E11, ("From this one poor hunt, then,", "he will not hang back?"), "quotation", "marks", "Ahab", ME, MD, "At last Ahab plays on Starbuck’s considerable pride as a whaleman.", None, "", {}),
    (E11, "Starbuck now is mine,", "quotation", "marks", "Ahab", ME, MD, "he exults.", None, "quotation before 'he exults'; he = Ahab, not Starbuck", {}),
    (E12, ("How can the prisoner reach outside except", "presiding over all creations."), "quotation", "marks", "Ahab", ME, MD, "Thus Ahab,", None, "Carl Van Doren, The American Novel (1921), chapter on Melville; the speaker named before and after", {}),
    (E12, ("The prophecy was that I should be dismembered;", "great gods, ever were."), "quotation", "marks", "Ahab", ME, MD, "Thus Ahab,", None, "", {}),
    (E13, "‘that my vengeance will fetch a great premium here’", "quotation", "marks", "Ahab", ME, MD, "From Ahab’s own lips, the reader learns", None, "student essay; single quotes nested in double", {}),
    (E13, "‘smites his chest’", "quotation", "marks", None, ME, MD, "at which point Ahab", None, "the narrator's words about Ahab: Ahab is the subject of 'smites', not the speaker", {}),
    (E13, "smite", "scare", "marks", None, None, None, None, None, "", {}),
    (E13, "chest", "scare", "marks", None, None, None, None, None, "", {}),
    (E13, "the little lower layer", "quotation", "marks", "Ahab", ME, MD, "He invites Starbuck to follow his thinking", None, "He = Ahab", {}),
    (E13, "l", "scare", "marks", None, None, None, None, None, "", {}),
    (E13, "‘all visible objects…are but as pasteboard masks.’", "quotation", "marks", "Ahab", ME, MD, "Ahab muses, in a philosophy reminiscent of Plato’s ideals, that", None, "Plato is compared, not quoted", {}),
    ("e15-slacktivist-twain-birthday.txt", ("I about made up my mind to pray;", "I was playing double."), "quotation", "unmarked", "Huck", TW, HF, "from Chapter 31 of Huckleberry Finn, wherein Huck aims to misbehave.", None, "passage after the paragraph naming the chapter", {}),
    (E16, "Neither a borrower nor a lender be.", "quotation", "marks", None, SH, HAM, "Hamlet A Common Allusion:", None, "headline", {}),
    (E16, "Neither a borrower nor a lender be.", "quotation", "marks", "Polonius", SH, HAM, "Polonius advises,", None, "", {}),
    (E16, ("Neither a borrower nor a lender be, /", "dulleth edge of husbandry."), "quotation", "colon_block", "Polonius", SH, HAM, "if we add the next lines:", None, "lines run in with slashes, own paragraph after a colon", {}),
    (E17, "Neither a borrower nor a lender be", "quotation", "marks", None, SH, HAM, "Shakespeare's Famous Quote", None, "headline under the page title", {}),
    (E17, ("Beware Of entrance to a quarrel", "but reserve thy judgment"), "quotation", "marks", "Polonius", SH, HAM, "Among the advice Polonius gives his son is", None, "", {}),
    (E17, "Neither a borrower nor a lender be", "quotation", "marks", "Polonius", SH, HAM, "Polonius continues in a sagely tone,", None, "", {}),
    (E18, "Neither a borrower nor a lender be…", "quotation", "unmarked", None, SH, HAM, None, None, "section heading", {"optional": True}),
    (E18, "Give every man thy ear, but few thy voice", "quotation", "marks", "Polonius", SH, HAM, "The courtier’s speech of advice to his son Laertes has lent the sheen of Shakespearean authority to a handful of proverbs:", None, "a list carrying one credit; Laertes is the addressee", {}),
    (E18, "Take each mans censure but reserve thy judgement", "quotation", "marks", "Polonius", SH, HAM, None, None, "", {}),
    (E18, "rich, not gaudy", "quotation", "marks", "Polonius", SH, HAM, None, None, "", {}),
    (E18, "neither a borrower nor a lender be", "quotation", "marks", "Polonius", SH, HAM, None, None, "", {}),
    (E18, "neither a borrower nor a lender, boy,", "quotation", "marks", "Polonius", SH, HAM, "Thompson and Taylor suggest following the Quarto reading", None, "the Quarto's text; the editors are not its authors", {}),
    (E18, "inspirational", "scare", "marks", None, None, None, None, None, "", {}),
    (E18, "Wherefore art thou Romeo?", "quotation", "marks", "Juliet", SH, RJ, "Unlike Juliet’s", None, "possessive character", {}),
    (E18, "Alas poor Yorrick, I knew him [well]", "quotation", "marks", "Hamlet", SH, HAM, "Hamlet’s", None, "misquotation; Hamlet the character", {}),
    (E19, "Lord, to whom shall we go? You have the words of eternal life.", "quotation", "marks", "Peter", None, B, "Simon Peter answered him,", None, "John 6:68 (NIV), reference under it", {}),
    (E19, "You do not want to leave too, do you?", "quotation", "marks", "Jesus", None, B, "Jesus then asked the Twelve,", None, "John 6:67 (NIV)", {}),
    (E19, "Lord, to whom shall we go? You have the words of eternal life.", "quotation", "marks", "Peter", None, B, "Peter made his beautiful confession:", None, "", {}),
    (E20, "It is time to refresh the tree of liberty", "quotation", "marks", None, JE, None, "a sign proclaiming that", None, "a protester's sign echoing Jefferson; the next clause calls them Jefferson's words", {}),
    (E20, "liberty tree", "scare", "marks", None, None, None, None, None, "", {}),
    (E20, ("God forbid we should ever be twenty years", "the forerunner of death to the public liberty."), "quotation", "colon_block", None, JE, None, "the full “liberty tree” quote goes:", None, "Jefferson to W. S. Smith, 13 Nov 1787 (not in corpus); Jefferson named in the sentence before", {}),
    (E21, "Society in every state is a blessing, but government, even in its best state, is but a necessary evil", "quotation", "marks", None, PA, CS, "Thomas Paine asserts,", None, "", {}),
    (E21, "small number of persons", "quotation", "marks", None, PA, CS, "He pictures a", None, "", {}),
    (E21, "In this state of natural liberty, society will be their first thought", "quotation", "marks", None, PA, CS, None, None, "no cue in its sentence; paragraph about Paine", {}),
    (E21, "begin to relax in their duty and attachment to each other", "quotation", "marks", None, PA, CS, None, None, "", {}),
    (E21, "a mode rendered necessary by the inability of moral virtue to govern the world", "quotation", "marks", None, PA, CS, "I do agree with Paine that government is", None, "", {}),
    (E21, "“That government is best which governs not at all;” and when men are prepared for it, that will be the kind of government which they will have", "quotation", "marks", None, "Henry David Thoreau", "Civil Disobedience", "As Henry David Thoreau taught us,", None, "Civil Disobedience, not in the corpus; the nested motto follows", {}),
    (E21, "That government is best which governs not at all;", "quotation", "marks", None, "Henry David Thoreau", "Civil Disobedience", None, None, "the motto Thoreau quotes", {"optional": True}),
    (E22, "Saturday Art", "title", "marks", None, None, None, None, None, "a post's name", {}),
    (E22, "Please, sir, I want some more.", "quotation", "marks", "Oliver", DI, OT, "Oliver Twist's famous request for more food,", None, "title character, possessive", {}),
    (E24, "It will be no use to us, if twenty such should come, since you will not visit them.", "quotation", "marks", "Mrs. Bennet", AU, PP, "Mrs. Bennet", None, "speaker as a heading line above the quotation", {}),
    (E24, "Oh! certainly,", "quotation", "marks", "Miss Bingley", AU, PP, "[Miss Bingley:]", None, "bracketed speaker label; 'his faithful assistant' = Miss Bingley", {}),
    (E24, ("no [woman] can be really esteemed", "will be but half-deserved."), "quotation", "marks", "Miss Bingley", AU, PP, "cried his faithful assistant,", None, "", {}),
    (E24, "Pardon me for interrupting you, madam,", "quotation", "marks", "Mr. Collins", AU, PP, "cried Mr. Collins;", None, "", {}),
    (E24, ("but if she is really headstrong", "contribute much to my felicity."), "quotation", "marks", "Mr. Collins", AU, PP, "cried Mr. Collins;", None, "", {}),
    ("e25-ballyhoo-hath-not-a-jew-eyes.txt", "Hath not a Jew eyes?", "quotation", "marks", "Shylock", SH, MV, "These are among the most famous lines from William Shakespeare’s comedy, The Merchant of Venice.", None, "quotations first, author and play in the next sentence; Shylock named after", {}),
    ("e25-ballyhoo-hath-not-a-jew-eyes.txt", "If you prick us, do we not bleed?", "quotation", "marks", "Shylock", SH, MV, "These are among the most famous lines from William Shakespeare’s comedy, The Merchant of Venice.", None, "", {}),
    ("e25-ballyhoo-hath-not-a-jew-eyes.txt", "merchant", "scare", "marks", None, None, None, None, None, "a word of the title", {}),
    ("e25-ballyhoo-hath-not-a-jew-eyes.txt", "If you prick us, do we not bleed?", "quotation", "marks", "Shylock", SH, MV, "is one of Shylock’s most important speeches in the play,", None, "the speech named as Shylock's after it", {}),
    ("e26-ballyhoo-neither-a-borrower.txt", "Neither a Borrower Nor a Lender Be", "quotation", "marks", None, SH, HAM, None, None, "headline; Hamlet named below", {"optional": True}),
    ("e26-ballyhoo-neither-a-borrower.txt", "Neither a borrower nor a lender be", "quotation", "marks", None, SH, HAM, "is a familiar proverbial saying:", None, "the saying discussed; Shakespeare's Hamlet named two paragraphs later", {"optional": True}),
    ("e26-ballyhoo-neither-a-borrower.txt", "Neither a borrower nor a lender be", "quotation", "marks", None, SH, HAM, "in one of the greatest works of English literature: William Shakespeare’s Hamlet.", None, "", {}),
    ("e26-ballyhoo-neither-a-borrower.txt", "Neither a borrower nor a lender be", "quotation", "marks", "Polonius", SH, HAM, "is a line uttered by Polonius,", None, "quotation before its cue (passive 'uttered by')", {}),
    ("e26-ballyhoo-neither-a-borrower.txt", ("Give every man thy ear, but few thy voice;\n", "Farewell: my blessing season this in thee!"), "quotation", "verse_lines", "Polonius", SH, HAM, "Polonius, like any concerned parent, gives his son some advice before the young man leaves home:", None, "verse after a colon; Laertes is the addressee", {"also_forms": ["colon_block"]}),
    ("e27-claylane-experience-does-it.txt", "MY dear,", "quotation", "marks", "Micawber", DI, DC, "said Mr Micawber,", None, "single-quote dialogue; the novel named at the end ('From ‘David Copperfield’, by Charles Dickens')", {}),
    ("e27-claylane-experience-does-it.txt", ("your papa was very well in his way,", "I never recovered the expense."), "quotation", "marks", "Micawber", DI, DC, "said Mr Micawber,", None, "", {}),
    ("e27-claylane-experience-does-it.txt", "Not that I am sorry for it. Quite the contrary, my love.", "quotation", "marks", "Micawber", DI, DC, "Mr Micawber looked aside at Mrs Micawber, and added:", None, "Mrs Micawber is the one looked at, not the speaker", {}),
    ("e27-claylane-experience-does-it.txt", "My other piece of advice, Copperfield,", "quotation", "marks", "Micawber", DI, DC, "said Mr Micawber,", None, "", {}),
    ("e27-claylane-experience-does-it.txt", ("you know. Annual income twenty pounds", "ought and six, result misery."), "quotation", "marks", "Micawber", DI, DC, "said Mr Micawber,", None, "", {}),
    ("e27-claylane-experience-does-it.txt", "David Copperfield", "title", "marks", None, None, None, None, None, "", {}),
    ("e28-quotesweet-innocent-flower.txt", "Your face, my thane, is as a book where men may read strange matters", "quotation", "unmarked", "Lady Macbeth", SH, "Macbeth", None, None, "the page's headline, a line of hers", {"optional": True}),
    ("e28-quotesweet-innocent-flower.txt", "look like the innocent flower,", "quotation", "marks", "Lady Macbeth", SH, "Macbeth", "Lady Macbeth encourages him", None, "'he' before the quotation is Macbeth, the one told; the speaker is the subject after it", {}),
    ("e28-quotesweet-innocent-flower.txt", "innocent flower", "quotation", "marks", "Lady Macbeth", SH, "Macbeth", None, None, "words of her line", {}),
    ("e28-quotesweet-innocent-flower.txt", "serpent under't", "quotation", "marks", "Lady Macbeth", SH, "Macbeth", None, None, "", {}),
    ("e29-nothingwavering-kingdom-of-god.txt", "Art thou the King of the Jews?", "quotation", "marks", "Pilate", None, B, "Pilate asked Jesus", None, "John 18:33 KJV; Jesus is the one asked", {}),
    ("e29-nothingwavering-kingdom-of-god.txt", ("My kingdom is not of this world: if my kingdom", "delivered to the Jews."), "quotation", "marks", "Jesus", None, B, "and Jesus replied,", None, "John 18:36 KJV", {}),
    ("e30-christiangenesis-not-of-this-world.txt", ("My Kingdom is not of this world. If my Kingdom", "not from here."), "quotation", "marks", "Jesus", None, B, "Jesus answered,", None, "John 18:36 (WEB)", {}),
    ("e30-christiangenesis-not-of-this-world.txt", ("Will you lay down your life for me?", "three times. WEB"), "quotation", "marks", "Jesus", None, B, "fulfilling Jesus’ prophetic words from John 13:38 which says,", None, "John 13:38 (WEB); Peter is the subject of the sentence", {}),
    ("e30-christiangenesis-not-of-this-world.txt", ("If this man weren’t an evildoer,", "up to you. WEB"), "quotation", "marks", "the Jewish leaders", None, B, "their collective response is given in John 18:30 as,", None, "a group speaking; Pilate named in the sentence before", {}),
    ("e30-christiangenesis-not-of-this-world.txt", "Are you the King of the Jews? WEB", "quotation", "marks", "Pilate", None, B, "Pilate asked Jesus in John 18:33,", None, "", {}),
    ("e30-christiangenesis-not-of-this-world.txt", "My kingdom is not of this world.", "quotation", "marks", "Jesus", None, B, "Jesus responds saying,", None, "", {}),
    ("e31-takelotsofpictures-whats-in-a-name.txt", ("What’s in a name? That which we call a rose /", "would smell as sweet."), "quotation", "marks", "Juliet", SH, RJ, "Juliet says to herself", None, "play named after the quotation", {}),
    ("e31-takelotsofpictures-whats-in-a-name.txt", "star-crossed", "quotation", "marks", None, SH, RJ, None, None, "the Prologue's word, named", {"optional": True}),
    ("e32-qammunity-according-to-juliet.txt", "Romeo and Juliet,", "title", "marks", None, None, None, None, None, "", {}),
    ("e32-qammunity-according-to-juliet.txt", ("What's in a name? That which we call a rose,", "would smell as sweet."), "quotation", "marks", "Juliet", SH, RJ, "According to Juliet in William Shakespeare's play \"Romeo and Juliet,\" she believes that", None, "", {}),
    ("e33-fnlondon-whats-in-a-name.txt", "star-cross’d", "quotation", "marks", None, SH, RJ, None, None, "the Prologue's word, named", {"optional": True}),
    ("e33-fnlondon-whats-in-a-name.txt", ("What’s in a name? That which we call a rose,", "would smell as sweet."), "quotation", "marks", "Juliet", SH, RJ, "the heroine muses:", None, "role noun for the title character", {}),
    ("e33-fnlondon-whats-in-a-name.txt", "Montague", "scare", "marks", None, None, None, None, None, "the name mentioned", {}),
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(HERE))
    from label_table import write_labels

    write_labels(HERE, ROWS, TEST, nested=True)
