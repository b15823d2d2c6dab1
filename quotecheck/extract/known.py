"""Works a reader knows by title alone, and who wrote them.

A writer who says "(Hamlet)", "― Twelfth Night" or "as Proverbs has it"
names the author as surely as one who writes "Shakespeare": a careful reader
resolves the title. This is general knowledge of English usage (like the
speech verbs in :mod:`.patterns`), not a setting: Shakespeare's plays and
poems, the books of the Bible, and the most-quoted works of the English
canon. The matcher does the same from the corpus for the works it holds;
:class:`KnownWorks` adds the corpus's own catalogue (titles and authors) to
this table when the :class:`~quotecheck.checker.Checker` passes it in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["author_of", "is_known_work", "known_author", "biblical_figure", "KnownWorks", "DEFAULT_KNOWN"]

_SHAKESPEARE = """
Hamlet|Macbeth|King Lear|Othello|Romeo and Juliet|Julius Caesar|The Tempest|Twelfth Night|
As You Like It|Much Ado About Nothing|A Midsummer Night's Dream|The Merchant of Venice|
Measure for Measure|The Taming of the Shrew|The Comedy of Errors|A Comedy of Errors|
The Two Gentlemen of Verona|Love's Labour's Lost|The Merry Wives of Windsor|All's Well That Ends Well|
The Winter's Tale|Cymbeline|Pericles|Pericles, Prince of Tyre|Troilus and Cressida|Coriolanus|
Titus Andronicus|Timon of Athens|Antony and Cleopatra|Richard II|Richard III|King John|Henry IV|
Henry IV, Part 1|Henry IV, Part 2|Henry V|Henry VI|Henry VIII|The Two Noble Kinsmen|Sonnets|
The Sonnets|Venus and Adonis|The Rape of Lucrece|The Phoenix and the Turtle
"""
#: Titles many works share ("Nature", "Confessions", "To Autumn") are left out: a title names its
#: author only when a reader would not think of another book.
_OTHERS = {
    "Mark Twain": "Adventures of Huckleberry Finn|Huckleberry Finn|The Adventures of Tom Sawyer|Tom Sawyer|"
    "Pudd'nhead Wilson|Pudd'nhead Wilson's Calendar|Following the Equator|A Connecticut Yankee in King "
    "Arthur's Court|The Innocents Abroad|Life on the Mississippi",
    "Charles Dickens": "A Tale of Two Cities|Oliver Twist|Great Expectations|David Copperfield|"
    "A Christmas Carol|Bleak House|Hard Times|Little Dorrit|Our Mutual Friend|The Pickwick Papers",
    "Jane Austen": "Pride and Prejudice|Sense and Sensibility|Emma|Persuasion|Mansfield Park|Northanger Abbey",
    "Mary Shelley": "Frankenstein|Frankenstein; or, The Modern Prometheus",
    "John Milton": "Paradise Lost|Paradise Regained|Areopagitica",
    "Samuel Taylor Coleridge": "The Rime of the Ancient Mariner|Rime of the Ancient Mariner|Kubla Khan",
    "Henry David Thoreau": "Walden|Walden; or, Life in the Woods|Civil Disobedience|"
    "Resistance to Civil Government|A Week on the Concord and Merrimack Rivers",
    "Charles Darwin": "On the Origin of Species|The Origin of Species|Origin of Species|The Descent of Man|"
    "Descent of Man",
    "Karl Marx": "Capital|Das Kapital|The Communist Manifesto|Manifesto of the Communist Party|"
    "The Eighteenth Brumaire of Louis Bonaparte|The Eighteenth Brumaire|Theses on Feuerbach|"
    "A Contribution to the Critique of Political Economy|The German Ideology|Critique of the Gotha Programme",
    "V. I. Lenin": "The State and Revolution|State and Revolution|What Is to Be Done?|"
    "Imperialism, the Highest Stage of Capitalism|The Proletarian Revolution and the Renegade Kautsky|"
    "Letter to American Workingmen|A Letter to American Workingmen|Left-Wing Communism",
    "Leon Trotsky": "Their Morals and Ours|The Revolution Betrayed|History of the Russian Revolution",
    "Friedrich Engels": "The Condition of the Working Class in England|The Origin of the Family, Private "
    "Property and the State|Anti-Dühring|Socialism: Utopian and Scientific",
    "Herman Melville": "Moby-Dick|Moby Dick|Bartleby, the Scrivener",
    "Oscar Wilde": "The Picture of Dorian Gray|The Importance of Being Earnest|Lady Windermere's Fan",
    "Lewis Carroll": "Alice's Adventures in Wonderland|Through the Looking-Glass|Alice in Wonderland",
    "Edgar Allan Poe": "The Raven",
    "Arthur Conan Doyle": "The Sign of the Four|A Study in Scarlet|The Hound of the Baskervilles|"
    "The Adventures of Sherlock Holmes",
    "John Stuart Mill": "On Liberty|Utilitarianism",
    "Adam Smith": "The Wealth of Nations|Wealth of Nations",
    "Niccolò Machiavelli": "The Prince",
    "Thomas Hobbes": "Leviathan",
    "Thomas Paine": "Common Sense|The Rights of Man|Rights of Man",
    "Benjamin Franklin": "Poor Richard's Almanack|The Way to Wealth|Autobiography of Benjamin Franklin",
    "Plato": "The Republic|Republic",
    "Marcus Aurelius": "Meditations",
    "Sun Tzu": "The Art of War",
    "Alexander Pope": "An Essay on Criticism|An Essay on Man|The Rape of the Lock",
    "Charlotte Brontë": "Jane Eyre",
    "Emily Brontë": "Wuthering Heights",
    "George Orwell": "Nineteen Eighty-Four|Animal Farm|Politics and the English Language",
    "F. Scott Fitzgerald": "This Side of Paradise",
    "Ernest Hemingway": "The Sun Also Rises|A Farewell to Arms",
    "J. R. R. Tolkien": "The Lord of the Rings|The Fellowship of the Ring|The Hobbit",
    "Alfred Tennyson": "In Memoriam|Maud|Ulysses|The Charge of the Light Brigade",
    "Thomas Gray": "Elegy Written in a Country Churchyard|Ode on a Distant Prospect of Eton College",
    "Abraham Lincoln": "Gettysburg Address|The Gettysburg Address|Second Inaugural Address|House Divided Speech|"
    "Cooper Union Address",
    "Thomas Jefferson": "Declaration of Independence|The Declaration of Independence",
    "Ralph Waldo Emerson": "Self-Reliance|The American Scholar|Essays, First Series|Essays: First Series|"
    "Concord Hymn",
    "Walter Scott": "Marmion|Ivanhoe|The Lady of the Lake|The Lay of the Last Minstrel|Rob Roy|Waverley",
    "John Keats": "Endymion|Ode on a Grecian Urn|Ode to a Nightingale",
    "William Wordsworth": "The Prelude|Tintern Abbey|Lyrical Ballads|I Wandered Lonely as a Cloud",
    "Walt Whitman": "Leaves of Grass|Song of Myself|O Captain! My Captain!",
    "Emily Dickinson": "Because I could not stop for Death",
    "Robert Frost": "The Road Not Taken|Mending Wall|Stopping by Woods on a Snowy Evening|Mountain Interval",
    "John Donne": "Devotions upon Emergent Occasions|Meditation XVII|Holy Sonnets",
    "Samuel Butler": "Hudibras",
    "Jean-Jacques Rousseau": "The Social Contract",
    "Robert Louis Stevenson": "The Strange Case of Dr Jekyll and Mr Hyde|Treasure Island",
    "William Congreve": "The Mourning Bride",
    "John Winthrop": "A Model of Christian Charity",
}


def _key(title: str) -> str:
    title = re.sub(r"^(?:the\s+)?(?:tragedy|comedy|history|life)\s+of\s+", "", title.strip().lower())
    title = re.sub(r"^(?:the|a|an)\s+", "", title.replace("’", "'"))
    return " ".join(re.findall(r"[\w']+", title))


_AUTHORS: dict[str, str] = {_key(t): "William Shakespeare" for t in _SHAKESPEARE.replace("\n", "").split("|")}
for _author, _titles in _OTHERS.items():
    _AUTHORS.update({_key(t): _author for t in _titles.split("|")})


_SURNAMES: dict[str, str] = {a.split()[-1]: a for a in {*_AUTHORS.values()}}
#: "(1st edition)", "[Illustrated]": an edition's note in a catalogue title, not part of the title.
_EDITION = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*$")
#: Catalogue "authors" that name nobody.
_NOBODY = re.compile(r"(?i)anonymous|various|unknown")


@dataclass(frozen=True)
class KnownWorks:
    """Works known by title and writers known by surname: ``authors`` maps a title's key to
    its author, ``surnames`` a surname to the writer's full name."""

    authors: Mapping[str, str]
    surnames: Mapping[str, str]

    def author_of(self, title: str | None) -> str | None:
        """The author of a well-known work named by ``title`` ("Twelfth Night" → William Shakespeare)."""
        return self.authors.get(_key(title)) if title else None

    def known_author(self, name: str | None) -> str | None:
        """The writer of known works that ``name`` names by surname ("Shakespeare", "John
        Winthrop"), else None."""
        return self.surnames.get(name.split()[-1]) if name and name.split() else None

    def author_by_initials(self, name: str | None) -> str | None:
        """The one known writer whose name has the initials ``name`` is signed with ("H.D.T."
        → Henry David Thoreau); None when ``name`` is no initials or no writer or several
        have them (initials are read as the matcher reads them)."""
        # imported here: the matcher's module imports this one
        from ..matching.claims import _initials, author_matches

        if not name or not _initials(name):
            return None
        found = {a for a in {*self.authors.values(), *self.surnames.values()} if author_matches(name, a)}
        return found.pop() if len(found) == 1 else None

    def with_works(self, works: Iterable[tuple[str, str | None]]) -> KnownWorks:
        """This table and the ``(title, author)`` of a corpus's works ("Poems and Songs of
        Robert Burns", "Robert Burns"); the table's own entries win."""
        authors, surnames = dict(self.authors), dict(self.surnames)
        for title, author in works:
            if not title or not author or _NOBODY.search(author):
                continue
            authors.setdefault(_key(_EDITION.sub("", title)), author)
            surnames.setdefault(author.split()[-1], author)
        return KnownWorks(MappingProxyType(authors), MappingProxyType(surnames))


#: The table above: what a reader knows without a corpus.
DEFAULT_KNOWN = KnownWorks(MappingProxyType(_AUTHORS), MappingProxyType(_SURNAMES))


#: A credit that names nobody: "— Anonymous", "(Author unknown)".
_NOBODY_CREDIT = re.compile(r"(?i)anon\.?|anonymous|unknown|author\s+unknown|unknown\s+author|various")


def names_nobody(name: str | None) -> bool:
    """``name`` is a credit naming nobody ("Anonymous"): no author is claimed."""
    return bool(name) and _NOBODY_CREDIT.fullmatch(name.strip(" .()")) is not None


def author_of(title: str | None) -> str | None:
    """The author of a well-known work of the default table named by ``title``."""
    return DEFAULT_KNOWN.author_of(title)


def is_known_work(name: str | None) -> bool:
    return author_of(name) is not None


def known_author(name: str | None) -> str | None:
    """The writer of the default table that ``name`` names by surname."""
    return DEFAULT_KNOWN.known_author(name)


#: People who speak in the Bible and are named so that nobody else is meant: "Jesus said", "as
#: Moses told Pharaoh", "St. Paul wrote". A bare "Paul", "John" or "David" may be anyone.
_BIBLICAL = re.compile(
    r"(?:Jesus(?:\s+Christ|\s+of\s+Nazareth)?|Christ|Moses|(?:King\s+)?Solomon|King\s+David|Isaiah|Jeremiah|"
    r"Ezekiel|Elijah|Elisha|(?:the\s+)?(?:Apostle|St\.?|Saint)\s+(?:Paul|Peter|John|James|Matthew|Luke|Mark)|"
    r"Paul\s+the\s+Apostle|John\s+the\s+Baptist|Pontius\s+Pilate|Pharaoh)"
)


def biblical_figure(name: str | None) -> bool:
    """Whether ``name`` can only be someone who speaks in the Bible ("Jesus", "St. Paul")."""
    return bool(name) and _BIBLICAL.fullmatch(name.strip()) is not None
