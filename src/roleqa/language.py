"""Words: the canonical form both questions and role titles are matched in, and English helpers."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+(?:[+#]+|(?:'[a-z]+))?")

# Short forms people type for long ones; both sides of a match are rewritten the same way.
PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("machine", "learning"): ("ml",),
    ("artificial", "intelligence"): ("ai",),
    ("natural", "language", "processing"): ("nlp",),
    ("quality", "assurance"): ("qa",),
    ("business", "intelligence"): ("bi",),
    ("user", "experience"): ("ux",),
    ("user", "interface"): ("ui",),
    ("information", "security"): ("infosec",),
    ("database", "administrator"): ("dba",),
    ("system", "administrator"): ("sysadmin",),
    ("sys", "administrator"): ("sysadmin",),
    ("entry", "level"): ("entrylevel",),
    ("computer", "vision"): ("cv",),
    ("ml", "operation"): ("mlops",),
    ("ml", "op"): ("mlops",),
    ("electric", "vehicle"): ("ev",),
    ("electric", "auto"): ("ev",),  # "electric cars"
    ("pen", "tester"): ("penetration", "tester"),
    ("pen", "test"): ("penetration", "tester"),
}
_PHRASES_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
for _phrase, _short in PHRASES.items():
    _PHRASES_BY_FIRST_WORD.setdefault(_phrase[0], []).append((_phrase, _short))
EXPANSIONS: dict[str, tuple[str, ...]] = {
    "mle": ("ml", "engineer"),
    "swe": ("software", "engineer"),
    "sde": ("software", "developer"),
    "internship": ("intern",),
    "dev": ("developer",),
    "eng": ("engineer",),
    "admin": ("administrator",),
    "sr": ("senior",),
    "jr": ("junior",),
    "entrylevel": ("entrylevel",),
    "infra": ("infrastructure",),
    "pentester": ("penetration", "tester"),
    "pentesters": ("penetration", "tester"),
    "pentest": ("penetration", "tester"),
    "pentesting": ("penetration", "testing"),
    "helpdesk": ("help", "desk"),
    "cybersecurity": ("cyber", "security"),
    "tech": ("technical",),
    "techs": ("technical",),
    "sw": ("software",),
    "car": ("auto",),  # "a car mechanic" is an auto mechanic
    "cars": ("auto",),
    "bike": ("bicycle",),  # "a bike mechanic" is a bicycle mechanic
    "bikes": ("bicycle",),
    "op": ("operation",),
    "ops": ("operation",),
    "app": ("application",),
    "recsys": ("recommender", "system"),
    "lab": ("laboratory",),
    "ag": ("agriculture",),
    "mgr": ("manager",),
    "dept": ("department",),
    "depts": ("department",),
    "coord": ("coordinator",),
    "asst": ("assistant",),
    "ref": ("referee",),
    "refs": ("referee",),
    "rep": ("representative",),
    "reps": ("representative",),
    "avy": ("avalanche",),
    "tv": ("television",),
    "med": ("medical",),  # "a med gas installer"
    "biomed": ("biomedical",),
}
_KEEP = {
    "lens",  # and "lenses" its plural
    "is",
    "us",
    "as",
    "was",
    "has",
    "this",
    "its",
    "analysis",
    "ops",
    "mlops",
    "devops",
    "news",
    "rabies",  # words ending in "ies" that are no plural
    "species",
    "series",
}


@dataclass(frozen=True)
class Token:
    """A canonical token and the span of question words it came from."""

    text: str
    start: int
    end: int


def words(text: str) -> list[str]:
    """Lower-case ASCII words of a text; punctuation goes, '+' and '#' stay (C++, C#)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"\bw/o\b", " without ", folded)  # "could i get w/o experience"
    folded = folded.replace("&", " and ").replace("-", " ").replace("/", " ")
    found = [word.replace("'s", "") for word in _WORD.findall(folded)]
    spelled = [
        part
        for word in found
        for part in (_CHAT_SPELLINGS[word].split() if word in _CHAT_SPELLINGS else (word,))
    ]
    # "how r they paid", "r they home every night", not the R of R&D
    return [
        "are"
        if word == "r"
        and (
            (i > 0 and spelled[i - 1] in _BEFORE_ARE and spelled[i + 1 : i + 2] != ["and"])
            or (i == 0 and len(spelled) > 1 and spelled[1] in _AFTER_ARE)
            # "r techs entry level": a plural asked of, more words after it
            or (
                i == 0
                and len(spelled) > 2
                and len(spelled[1]) > 3
                and spelled[1].endswith("s")
                and not spelled[1].endswith("ss")
            )
        )
        else word
        for i, word in enumerate(spelled)
    ]


QUESTION_WORDS = frozenset({"how", "what", "where", "who", "why", "when", "which"})
_BEFORE_ARE = QUESTION_WORDS | {"you", "they"}
# "r they ...", "r there ...": a question that opens with "are" spelt as its sound
_AFTER_ARE = frozenset({"they", "you", "there", "these", "those", "we"})
# "yikes", "wow": a cry that asks nothing, ordinary wherever it stands
INTERJECTIONS = ("yikes", "wow", "whoa", "woah", "geez", "jeez", "oof", "ugh", "dang", "omg",
                 "huh", "hmm", "meh", "yay")  # fmt: skip


# Chat spellings and clippings of ordinary words ("is it entry lvl", "wat does it pay", "which
# regs apply?").
_CHAT_SPELLINGS = {
    "whch": "which", "wich": "which", "whcih": "which",
    "tnx": "thanks", "thnx": "thanks", "tyvm": "thanks",
    "lvl": "level", "wat": "what", "wut": "what", "wht": "what", "waht": "what", "thx": "thanks",
    "teh": "the", "hte": "the", "mny": "many", "yrs": "years", "hrs": "hours",
    "exp": "experience", "abt": "about", "diff": "difference",
    "ppl": "people", "bc": "because", "cuz": "because", "coz": "because", "regs": "regulations",
    "reqs": "requirements", "govt": "government", "wats": "whats", "wuts": "whats",
    "maint": "maintenance", "xmas": "christmas", "comms": "communications", "whos": "who",
    "u": "you", "ur": "your", "pls": "please", "plz": "please", "pleez": "please",
    "cop": "police officer", "cops": "police officers",
    # misspellings too far from the word for the corrector's two edits
    "maintainence": "maintenance", "maintenence": "maintenance", "maintanence": "maintenance",
}  # fmt: skip


def singular(word: str) -> str:
    """A crude singular that only has to agree with itself: 'analysts' -> 'analyst'."""
    if word in _KEEP or len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ie") and len(word) > 4:
        return word[:-2] + "y"  # "liftie" and "lifties" agree
    if word.endswith(("sses", "ches", "shes", "xes", "lenses")):
        return word[:-2]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"  # "foremen", "linemen"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def canonical(items: Sequence[str]) -> list[Token]:
    """Canonical tokens of a word list, each remembering which words it covers."""
    tokens: list[Token] = []
    for index, word in enumerate(items):
        for part in EXPANSIONS.get(word, (singular(word),)):
            tokens.append(Token(part, index, index + 1))
    return _contract(tokens)


@lru_cache(maxsize=65_536)
def canonical_text(text: str) -> tuple[str, ...]:
    """The canonical words of a text; cached, since profile texts are canonicalised often."""
    return tuple(token.text for token in canonical(words(text)))


def _contract(tokens: list[Token]) -> list[Token]:
    """Apply the short forms until none applies: 'machine learning operations' -> 'mlops'."""
    while True:
        shorter = _contract_once(tokens)
        if len(shorter) == len(tokens):
            return shorter
        tokens = shorter


def _contract_once(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        # Only the phrases that start with this word can match here (in PHRASES's order):
        # trying all of them at every word made canonicalising a large corpus slow.
        for phrase, short in _PHRASES_BY_FIRST_WORD.get(tokens[index].text, ()):
            window = tokens[index : index + len(phrase)]
            if tuple(token.text for token in window) == phrase:
                out.extend(Token(part, window[0].start, window[-1].end) for part in short)
                index += len(phrase)
                break
        else:
            out.append(tokens[index])
            index += 1
    return out


_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")
_CONSONANT_SOUND_PREFIXES = ("uni", "use", "usu", "uti", "eu", "one", "once", "ubi", "ure")


def article(phrase: str) -> str:
    """'a' or 'an' for a phrase, by sound: an NLP Engineer, an Actuary, a Senior ML Engineer."""
    first = phrase.strip().split(" ", 1)[0] if phrase.strip() else ""
    if not first:
        return "a"
    letters = re.sub(r"[^A-Za-z]", "", first)
    capitals = len(letters) - len(letters.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if capitals >= 2 or (letters.isupper() and len(letters) == 1):
        return "an" if letters[0] in _VOWEL_SOUND_LETTERS else "a"
    lower = first.lower()
    if lower.startswith(_CONSONANT_SOUND_PREFIXES):
        return "a"
    if lower.startswith(("hour", "honest", "honor", "heir")):
        return "an"
    return "an" if lower[:1] in "aeiou" else "a"


def is_plural(title: str) -> bool:
    """Whether a role title is a plural noun, as O*NET's are: 'Registered Nurses', 'Actuaries'."""
    # "Director of Collections" is one director; "Pilots of Water Vessels" are pilots
    last = re.split(r"\s+of\s+", re.sub(r"\(.*?\)", "", title))[0].split()
    if not last:
        return False
    word = last[-1]
    return (
        word.islower() is False
        and word.lower().endswith("s")
        and not word.lower().endswith(("ss", "us", "is", "ics"))
        and not word.isupper()
    )


def with_article(phrase: str) -> str:
    """'an Actuary', 'a Senior ML Engineer'; a plural title takes none: 'Registered Nurses'."""
    return phrase if is_plural(phrase) else f"{article(phrase)} {phrase}"


def verb(subject: str, singular: str, plural_form: str) -> str:
    """The subject with its verb agreeing: 'Actuary is', 'Cashiers are'."""
    return f"{subject} {plural_form if is_plural(subject) else singular}"


def join_and(items: Iterable[str], conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B and C'."""
    listed = list(items)
    if len(listed) <= 1:
        return "".join(listed)
    return f"{', '.join(listed[:-1])} {conjunction} {listed[-1]}"


# Ordinary words: never taken for a misspelt role, never counted as an unknown role.
_ORDINARY = """
walk through
a about above after again against all almost also always am an and another any anyone anything
are around as ask asked asking at average away back bad be because been before being below best
better between big both but by can cannot can't could day did do does doing done don't down during
each early easy else enough even ever every example far few find first for from full get gets
getting give go going good got great had hard has have having he hello help her here hers high him
his how however i if in instead into is isn't it its itself just keep kind know known last least
less let like likely little long look lot lots low made main make makes making many may me mean
might mine more most much must my need needs never new next nice no nor not now of off often ok
okay on once one only or other our out over own part people per perhaps place please pretty quite
rather real really right said same say see seem she should show since so some someone something
sometimes soon still such sure take tell than thank thanks that the their them then there these
they thing things think this those though through time to today too top toward try two under until
up upon us use used using very want was way we well went were what whats when where whether which
while who whom whose why will with within without work worker working works world would yeah year
years yes yet you your yours matter matters important useful helpful extra additional overall
role roles job jobs career careers occupation occupations position positions profession field
fields people person someone profile profiles page track tracks family area group list show
salary salaries pay pays paid paying payment earn earns earning earnings wage wages compensation
income money rich living cost how much median annual typical typically usually average range
entry level entrylevel beginner beginners junior newcomer graduate grad grads fresh start starting
started break first friendly accessible experience experienced years prior previous background
degree degrees education educational qualification qualifications college university bachelor
bachelors master masters phd diploma study school certificate certification certifications
certified credential credentials license licence licensed exam
growth grow grows growing outlook demand future prospect prospects projected projection hiring
market openings opening decline declining stable trend trends fast faster fastest slow slower
ai automation automate automated disrupt disruption disrupted replace replaced replacement
exposure exposed chatgpt gpt llm llms language model models robot robots obsolete safe safer
safest risk risky threat threatened impact affected
what does do duty duties responsibility responsibilities task tasks day description typical
skill skills tool tools technology technologies tech stack languages software learn learning
programming know knowledge requirements required require requires involve involves
adjacent related similar transition switch move path paths alternative alternatives next step
source sources methodology figures numbers come reviewed updated reliable trust accurate
tell overview describe explain info information summary summarize about compare comparison
versus vs difference different between higher lower highest lowest most least fewest greatest
better worse worst pays more less either both bigger biggest larger largest smaller smallest
greater riskier riskiest slowest cheapest
hi hey hiya howdy greetings morning afternoon evening thanks thank thx cheers appreciate bye
goodbye actually basically usually generally probably maybe currently really sorry lol haha fine
honestly mostly seriously literally kinda sorta totally truly stuff
quick quickly brief briefly short nutshell rundown gist tldr
three four five six seven eight nine ten cover covers covered include includes offer offers
total overall
senior junior lead principal staff chief head write wrote written read type kind sort
arent isnt dont doesnt didnt cant wont wasnt werent havent hasnt shouldnt wouldnt couldnt
problem problems issue issues concern concerns im
question questions answer answers
myself yourself himself herself itself ourselves yourselves themselves
chance chances likelihood odds probability proof resistant
brand brands
whole entire complete
""" + " ".join(INTERJECTIONS)
COMMON_WORDS = frozenset(singular(word) for word in _ORDINARY.split()) | frozenset(
    word for word in _ORDINARY.split()
)


# a visitor's word and the one profiles write for it, in canonical form: "who hires them" and
# "Who employs ...?", "the one who fixes the machines" and "repairs dialysis machines"
SAME_WORD = {"hire": "employ", "hiring": "employ", "hired": "employ", "fix": "repair"}


def related(a: str, b: str) -> bool:
    """Whether two words are forms of one ('remote', 'remotely'; 'simulators', 'simulation')."""
    if a == b:
        return True
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 5 and shared >= max(len(a), len(b)) - 3
