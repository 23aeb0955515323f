"""Finding the roles a question names, on small hand-made profiles (no model needed)."""

from __future__ import annotations

import pytest

from roleqa.language import COMMON_WORDS, canonical, singular, words
from roleqa.patterns import PATTERN_WORDS
from roleqa.profiles import Profile, slugify
from roleqa.roles import RoleIndex, stated_names


def profile(title: str, **fields: object) -> Profile:
    pid = slugify(title)
    return Profile(id=pid, title=title, source_file=f"{pid}.txt", **fields)  # type: ignore[arg-type]


ROLES = RoleIndex(
    [
        profile("Quantitative Researcher"),
        profile("Quantitative Risk Analyst"),
        profile("Clinical Data Analyst"),
        profile("Clinical Data Manager"),
        profile("Data Labeling Specialist"),
        profile("AI Product Manager"),
        profile("Technical Program Manager"),
        profile(
            "Sales Engineer",
            summary="A Sales Engineer, also called a Solutions Engineer or Pre-Sales Engineer, "
            "runs technical discovery and demos.",
        ),
        profile("Software Developer", alternate_titles=("Engineer",)),
        profile("ESG Analyst", family="Climate & Sustainability"),
        profile("ESG Reporting Manager", family="Climate & Sustainability"),
        profile(
            "Wind Turbine Technician",
            summary="A Wind Turbine Technician, often called a wind tech, repairs turbines.",
        ),  # fmt: skip
        profile("Manufacturing Technician Apprentice", family="Manufacturing & Supply Chain"),
        profile("Supply Chain Analyst", family="Manufacturing & Supply Chain"),
        profile("Curriculum Writer", family="Education & Learning Technology"),
        profile("FP&A Analyst"),
        profile(
            "HR Business Partner",
            summary="An HR Business Partner (HRBP) is a senior HR professional.",
        ),
        profile("AI Trainer", summary="An AI Trainer, also called an AI tutor, ranks answers."),
        profile("Claims Adjuster", track="Insurance Operations", family="Finance & Insurance"),
        profile("Budget Analyst", track="Corporate Finance", family="Finance & Insurance"),
        profile("Clinical Research Associate"),
        profile("Senior Clinical Research Associate"),
        profile("Regulatory Affairs Specialist"),
        profile("Hotel General Manager"),
        profile("Precision Agriculture Specialist"),
        profile(
            "Instructional Designer",
            summary="An Instructional Designer, also called a learning experience designer "
            "(LXD) or simply an ID, designs courses.",
        ),
        profile(
            "Life Cycle Assessment Specialist",
            summary="A Life Cycle Assessment Specialist, also known as an LCA practitioner, "
            "measures footprints.",
        ),
    ]
)


def found(question: str) -> list[list[str]]:
    original = words(question)
    corrected = [ROLES.correct(word) for word in original]
    plural = frozenset(i for i, word in enumerate(corrected) if word != singular(word))
    tokens = canonical(corrected)
    mentions = ROLES.find(tokens, plural) or ROLES.derived(tokens)
    return [sorted(mention.candidates) for mention in mentions if mention.candidates]


@pytest.mark.parametrize(
    ("question", "roles"),
    [
        ("quant researcher salary", [["quantitative-researcher"]]),
        ("how much does a quant make", [["quantitative-researcher", "quantitative-risk-analyst"]]),
        ("what do data labelers do", [["data-labeling-specialist"]]),
        ("what does a PM make", [["ai-product-manager", "technical-program-manager"]]),
        ("ai pm salary", [["ai-product-manager"]]),
        ("what does a solutions engineer earn", [["sales-engineer"]]),
        (
            "which clinical data role pays less",
            [["clinical-data-analyst", "clinical-data-manager"]],
        ),
        # A title cut short names every role whose title begins with it.
        ("esg salary", [["esg-analyst", "esg-reporting-manager"]]),
        # An apprentice technician is a technician, where another role is one.
        ("technician pay", [["manufacturing-technician-apprentice", "wind-turbine-technician"]]),
        ("what does a wind tech earn", [["wind-turbine-technician"]]),
        ("what does an ID do", [["instructional-designer"]]),
        ("LXD salary", [["instructional-designer"]]),
        ("what does an LCA practitioner do", [["life-cycle-assessment-specialist"]]),
        # the title with its symbol dropped, a short form given beside it, a name for the job
        ("is an fpa analyst job entry level", [["fp-and-a-analyst"]]),
        ("what does an hrbp do", [["hr-business-partner"]]),
        ("do ai tutors need to code", [["ai-trainer"]]),
        # initials for the words before the head, or for the last two; clipped words
        ("senior cra salary", [["senior-clinical-research-associate"]]),
        ("what does a cra do", [["clinical-research-associate"]]),
        ("what does an RA specialist do", [["regulatory-affairs-specialist"]]),
        ("how much does a hotel gm make", [["hotel-general-manager"]]),
        ("precision ag specialist pay", [["precision-agriculture-specialist"]]),
    ],
)
def test_names_visitors_use(question: str, roles: list[list[str]]) -> None:
    assert found(question) == roles


def test_a_plural_group_word_is_not_a_role() -> None:
    assert found("which clinical data roles use SQL") == []


@pytest.mark.parametrize("word", ["manage", "design", "recommended"])
def test_ordinary_words_are_not_corrected_into_title_words(word: str) -> None:
    assert (
        RoleIndex([profile("Data Manager"), profile("Recommender Engineer")]).correct(word) == word
    )


def test_an_expanded_short_form_does_not_stop_the_search() -> None:
    # "mle" becomes two words in one place; an alternate title that is one of them used to
    # send the search back to the same place forever.
    assert found("what does an MLE make?") == [["software-developer"]]


def test_names_a_summary_gives_the_role() -> None:
    sales = next(p for p in ROLES._profiles if p.id == "sales-engineer")
    assert stated_names(sales) == ["Solutions Engineer", "Pre-Sales Engineer"]


def test_a_group_answers_to_each_part_of_its_name() -> None:
    # "in education" for "Education & Learning Technology"; words in a title stay the title's.
    assert ROLES.tracks["education"] == "Education & Learning Technology"
    assert ROLES.tracks["climate"] == "Climate & Sustainability"
    assert "supply chain" not in ROLES.tracks  # the Supply Chain Analyst's words
    assert "manufacturing" not in ROLES.tracks


def test_a_word_one_letter_from_a_question_word_is_left_alone() -> None:
    spelling = RoleIndex(ROLES._profiles, COMMON_WORDS | PATTERN_WORDS)
    assert spelling.correct("pilot") == "pilot"  # not "pivot"
    assert spelling.correct("salery") == "salary"


def test_a_page_role_given_in_another_slug_is_found() -> None:
    assert ROLES.resolve_name("fp-and-a-analyst") == "fp-and-a-analyst"
    assert ROLES.resolve_name("fpa-analyst") == "fp-and-a-analyst"
    assert ROLES.resolve_name("FP&A Analyst") == "fp-and-a-analyst"
    assert ROLES.resolve_name("no-such-role") is None


def test_a_short_group_name_means_the_track_before_the_family() -> None:
    assert ROLES.tracks["insurance"] == "Insurance Operations"


def test_title_words_in_another_order_only_for_the_title_itself() -> None:
    roles = RoleIndex(
        [
            profile("Rope Access Technician"),
            profile("Rope Access NDT Technician"),
            profile("Data Scientists"),
            # an alternate title holding another title's words and one more is not that title
            profile("Computer Systems Analysts", alternate_titles=("IS Lead Data Scientist",)),
        ],
        set(COMMON_WORDS) | PATTERN_WORDS,
    )

    def named(question: str) -> list[list[str]]:
        tokens = canonical([roles.correct(word) for word in words(question)])
        return [sorted(m.candidates) for m in roles.find(tokens) if m.candidates]

    assert named("ndt rope access tech salary") == [["rope-access-ndt-technician"]]
    assert named("rope access tech salary") == [["rope-access-technician"]]
    assert named("is data scientists entry level friendly") == [["data-scientists"]]


def test_names_given_in_more_ways_and_a_list_of_them_ends_at_a_verb() -> None:
    shed = profile(
        "Shed Hand", summary="A Shed Hand, also called a rouseabout or roustabout, pens sheep."
    )
    grow = profile(
        "Greenhouse Cultivation Technician",
        summary="A Greenhouse Cultivation Technician, known on most farms as a grow tech, waters.",
    )
    engines = profile(
        "Small Engine Mechanic",
        summary="A Small Engine Mechanic, also known as an outdoor power equipment (OPE) "
        "technician, repairs lawn mowers, chainsaws and generators.",
    )
    assert stated_names(shed) == ["rouseabout", "roustabout"]
    assert stated_names(grow) == ["grow tech"]
    assert stated_names(engines) == ["outdoor power equipment technician", "OPE"]


def test_spelling_keeps_first_letters_and_agent_nouns() -> None:
    roles = RoleIndex(
        [profile("Leather Cutter"), profile("Henna Artist"), profile("Stadium Executive Chef")],
        set(COMMON_WORDS) | PATTERN_WORDS,
    )
    assert roles.correct("gutter") == "gutter"  # no Leather Cutter by a changed first letter
    assert roles.correct("hena") == "henna"  # a doubled letter written once
    assert roles.correct("taker") == "taker"  # an agent noun, not a misspelt "take"
