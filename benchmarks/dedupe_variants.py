"""Invented wire stories, their reposted variants and hard negatives, for tuning dedupe.

Nothing here is copied from real news: stories are composed from sentence templates
with names, places, companies and figures drawn at random, so several hundred of
them are genuinely distinct. Each story then gets the variants aggregator blogs
produce when they repost it (see :data:`VARIANTS`), and a few *hard negatives*:
different stories that share much of its wording (same event template with other
names and figures, or the same background paragraphs under a new lead).

``build_corpus(n_stories, seed)`` returns :class:`Doc` items whose ``cluster`` says
which documents are copies of the same story (hard negatives get their own cluster).
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

FIRST = ("Maria", "John", "Aiko", "Rahul", "Fatima", "Lars", "Chen", "Olena", "Diego", "Amara",
         "Tomasz", "Ingrid", "Kwame", "Sofia", "Yusuf", "Hannah", "Pedro", "Mei", "Ahmed", "Nina",
         "Oskar", "Leila", "Samuel", "Priya", "Marco", "Elena", "Jae", "Zanele", "Viktor", "Clara")
LAST = ("Schmidt", "Okafor", "Tanaka", "Sharma", "Haddad", "Nilsson", "Wei", "Kovalenko",
        "Alvarez", "Diallo", "Nowak", "Berg", "Mensah", "Rossi", "Demir", "Fischer", "Costa",
        "Lin", "Farouk", "Petrova", "Lund", "Karimi", "Adeyemi", "Iyer", "Bianchi", "Moreau",
        "Park", "Dlamini", "Sokolov", "Weber")
CITIES = ("FRANKFURT", "TOKYO", "NEW DELHI", "CAIRO", "STOCKHOLM", "BEIJING", "KYIV", "MEXICO CITY",
          "DAKAR", "WARSAW", "OSLO", "ACCRA", "MILAN", "ISTANBUL", "BERLIN", "SAO PAULO",
          "TAIPEI", "DUBAI", "MOSCOW", "LAGOS", "MUMBAI", "SEOUL", "JOHANNESBURG", "PARIS",
          "LONDON", "NAIROBI", "JAKARTA", "MADRID", "TORONTO", "SYDNEY")
COUNTRIES = ("Germany", "Japan", "India", "Egypt", "Sweden", "China", "Ukraine", "Mexico",
             "Senegal", "Poland", "Norway", "Ghana", "Italy", "Turkey", "Brazil", "Kenya",
             "Indonesia", "Spain", "Canada", "Australia", "France", "South Korea", "Nigeria")
COMPANIES = ("Norvik Energy", "Kestrel Motors", "Alder Pharma", "Bluefin Logistics",
             "Corvid Semiconductors", "Halden Steel", "Orrin Foods", "Pellucid Telecom",
             "Quarry Mining", "Solace Insurance", "Tamber Airlines", "Umbra Software",
             "Verdant Chemicals", "Wrenfield Bank", "Yarrow Retail", "Zephyr Shipping",
             "Marlow Textiles", "Larkspur Media", "Juniper Grid", "Ibex Construction")
PRODUCTS = ("electric vans", "memory chips", "cancer drugs", "container services",
            "steel plate", "frozen meals", "broadband plans", "copper concentrate",
            "cloud software", "jet fuel", "fertilisers", "mortgages")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
          "Dec")
AGENCIES = ("Reuters", "AFP", "AP")
ROLES = ("chief executive", "finance minister", "spokesperson", "analyst at Berenberg",
         "economist at ING", "police chief", "opposition leader", "central bank governor",
         "union leader", "regional governor")

# Sentence templates by topic. Fields: {co} company, {person} full name, {role},
# {city} (title case), {country}, {day}, {n1}..{n4} figures, {product}, {quote} a quote.
TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "earnings": {
        "lead": (
            "{co} reported a {n1}% {updown} in quarterly profit on {day}, {beatmiss} analysts' "
            "forecasts as demand for its {product} {trend} in {country}.",
            "Shares in {co} {rosefell} {n2}% in early trading on {day} after the company said "
            "second-quarter revenue reached {n3} billion euros, helped by {product}.",
        ),
        "body": (
            "The company now expects full-year operating profit of between {n3} billion and "
            "{n4} billion euros, it said in a statement.",
            "\"We have seen {adj} demand across our markets and we expect that to continue,\" "
            "{role} {person} told reporters on a conference call.",
            "Analysts polled by LSEG had on average expected net income of {n4} million euros.",
            "{co} said it would cut about {n5} jobs in {country} as part of a plan to save "
            "{n1} million euros a year by {year}.",
            "Sales of {product} rose {n2}% in the period, while costs for energy and raw "
            "materials {trend}.",
            "The group's order backlog stood at {n3} billion euros at the end of June, up from "
            "{n4} billion a year earlier.",
            "{person}, {role}, said the company would consider further share buybacks once "
            "its debt fell below {n1} billion euros.",
            "The stock has {rosefell} about {n5}% since the start of the year, compared with a "
            "{n2}% rise in the broader sector index.",
        ),
        "background": (
            "{co}, which employs about {n5},000 people worldwide, has been under pressure from "
            "investors to simplify its structure.",
            "The company last year sold its {product} unit in {country} to a private equity "
            "group for an undisclosed sum.",
        ),
    },
    "politics": {
        "lead": (
            "{country}'s {role} {person} said on {day} the government would {policy}, a move "
            "that drew criticism from opposition parties in {city}.",
            "Lawmakers in {country} voted {n1} to {n2} on {day} to {policy}, handing {person} a "
            "narrow victory ahead of elections due in {year}.",
        ),
        "body": (
            "\"This is a decision for the next generation, not for the next election,\" "
            "{person} told parliament in a speech that lasted {n2} minutes.",
            "Opinion polls show support for the governing coalition at about {n1}%, down "
            "from {n3}% at the last election.",
            "The plan would cost about {n3} billion {currency} over {n2} years, according to "
            "estimates by the finance ministry.",
            "{person}, the {role}, said the proposal had been rushed and that her party would "
            "challenge it in the constitutional court.",
            "Thousands of people protested in {city} on the weekend, with police estimating the "
            "crowd at {n5},000.",
            "The measure still needs the approval of the upper house, where the coalition "
            "lacks a majority.",
            "Officials said talks with regional governments would begin in {month2} and last "
            "until the end of the year.",
        ),
        "background": (
            "{country} has had {n2} governments in the past decade, and coalition talks after "
            "the last vote took almost {n1} months.",
            "The economy grew {n2}.{n1}% last year, the slowest pace since the pandemic, "
            "while inflation remained above the central bank's target.",
        ),
    },
    "disaster": {
        "lead": (
            "At least {n1} people were killed and {n3} injured when {disaster} struck {city} "
            "in {country} on {day}, officials said.",
            "Rescuers searched for survivors on {day} after {disaster} hit villages near "
            "{city}, leaving at least {n1} dead and hundreds homeless.",
        ),
        "body": (
            "\"We are doing everything we can to reach the people who are still trapped,\" "
            "{role} {person} said at a news conference.",
            "The national disaster agency said {n5} homes had been damaged and {n4} schools "
            "closed across {n2} districts.",
            "Television footage showed residents wading through brown water and roofs torn "
            "from buildings along the main road into {city}.",
            "Power was cut to about {n5},000 households, and the regional airport suspended "
            "flights until at least {day2}.",
            "The government released {n3} million {currency} in emergency funds and sent "
            "{n4} soldiers to help with the rescue effort.",
            "Forecasters warned that more heavy rain was expected over the next {n2} days.",
            "Aid groups said clean drinking water was the most urgent need in the camps set "
            "up outside {city}.",
        ),
        "background": (
            "The region is prone to {disaster} during the monsoon season, and experts say "
            "climate change is making such events more frequent and intense.",
            "In {year}, a similar disaster near {city} killed more than {n4} people.",
        ),
    },
    "central_bank": {
        "lead": (
            "{country}'s central bank {moved} its main interest rate by {n2}5 basis points to "
            "{n1}.{n2}% on {day}, as expected by most economists.",
            "The central bank of {country} held interest rates at {n1}.{n2}% on {day} but "
            "signalled it could {moved2} borrowing costs as soon as {month2}.",
        ),
        "body": (
            "\"Inflation is still too high, and we will act as needed to bring it back to "
            "target,\" governor {person} told a news conference in {city}.",
            "Annual inflation slowed to {n1}.{n3}% in {month2} from {n2}.{n4}% a month earlier, "
            "official data showed last week.",
            "Of {n4} economists polled by Reuters, {n2} had expected the decision.",
            "The {currency} {rosefell} {n1}.{n2}% against the dollar after the announcement.",
            "Policymakers said wage growth of about {n1}% a year remained a risk to the "
            "outlook.",
            "The bank cut its growth forecast for this year to {n1}.{n3}% from {n2}.{n4}%.",
        ),
        "background": (
            "The bank raised rates {n2} times between {year} and last year to fight the "
            "highest inflation in decades.",
            "Its next policy meeting is scheduled for {month2} {n4}.",
        ),
    },
}
FILLERS = {
    "updown": ("rise", "fall", "jump", "drop"),
    "beatmiss": ("beating", "missing", "in line with"),
    "trend": ("picked up", "slowed", "held steady", "weakened"),
    "rosefell": ("rose", "fell", "jumped", "slid"),
    "adj": ("resilient", "solid", "softer", "uneven"),
    "policy": ("raise the retirement age to 67", "cut fuel subsidies", "hold a referendum on "
               "the new constitution", "extend the state of emergency", "lower income taxes"),
    "currency": ("euros", "pesos", "rupees", "pounds", "crowns", "naira"),
    "disaster": ("a powerful earthquake", "flash floods", "a cyclone", "a landslide",
                 "a wildfire"),
    "moved": ("raised", "cut"),
    "moved2": ("raise", "cut"),
}
CAPTIONS = (
    "A view of the {co} logo at its headquarters in {city_t}, {country}, {month} {n2}, {year}. "
    "REUTERS/{person}",
    "{person} speaks during a news conference in {city_t}, {country}. REUTERS/{person2}/File Photo",
    "Residents walk past damaged buildings in {city_t}, {country}, {month} {n2}. "
    "(AP Photo/{person})",
    "People gather outside the parliament building in {city_t}. AFP PHOTO / {person}",
    "Photo: {person} / Getty Images",
    "FILE PHOTO: Traders work on the floor of the stock exchange in {city_t}, {month} {n2}, "
    "{year}. "
    "REUTERS/{person}/File Photo",
)
# Captions whose credit line was lost on the way: nothing marks them as captions.
PLAIN_CAPTIONS = (
    "Workers assemble {product} at a {co} plant outside {city_t}, {country}.",
    "{person} arrives for a meeting in {city_t} on {day}.",
    "A general view of {city_t} after the storm, {month} {n2}, {year}.",
)
READ_MORE = (
    "Read more: https://www.reuters.com/world/{slug}/",
    "Read more at Reuters",
    "Source: {agency}",
    "Continue reading the full story",
    "Click here to read more",
)


@dataclass
class Doc:
    """One document of the corpus: its text, cluster (same story = same cluster), variant."""

    doc_id: int
    cluster: int
    variant: str
    text: str


def _fields(rng: random.Random) -> dict[str, str]:
    f = {k: rng.choice(v) for k, v in FILLERS.items()}
    city = rng.choice(CITIES)
    f.update(
        co=rng.choice(COMPANIES), person=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        person2=f"{rng.choice(FIRST)} {rng.choice(LAST)}", role=rng.choice(ROLES),
        city=city.title(), city_t=city.title(), CITY=city, country=rng.choice(COUNTRIES),
        day=rng.choice(WEEKDAYS), day2=rng.choice(WEEKDAYS), product=rng.choice(PRODUCTS),
        month=rng.choice(MONTHS), month2=rng.choice(MONTHS), year=str(rng.randint(2008, 2026)),
        agency=rng.choice(AGENCIES),
        slug="-".join(rng.choice(LAST).lower() for _ in range(4)),
        **{f"n{i}": str(rng.randint(2, 99)) for i in range(1, 5)},
        n5=str(rng.randint(100, 9000)), dom=str(rng.randint(1, 28)),
    )
    return f


def compose_story(rng: random.Random, topic: str | None = None, *, n_body: int | None = None,
                  plan: list | None = None, fields: dict[str, str] | None = None) -> tuple:
    """One invented wire story: (text, topic, plan). ``plan`` fixes which templates are used."""
    topic = topic or rng.choice(sorted(TOPICS))
    t = TOPICS[topic]
    f = fields or _fields(rng)
    if plan is None:
        # A quarter are briefs of 2-4 paragraphs, the rest full stories of 5-10.
        brief = rng.random() < 0.25
        n_body = n_body if n_body is not None else (rng.randint(1, 3) if brief
                                                     else rng.randint(4, 9))
        plan = [[("lead", rng.randrange(len(t["lead"])))]]
        sentences = [("body", i) for i in range(len(t["body"]))]
        sentences += [("background", i) for i in range(len(t["background"]))]
        rng.shuffle(sentences)
        for _ in range(n_body):
            if not sentences:
                break
            take = 2 if (len(sentences) > 1 and rng.random() < 0.35) else 1
            plan.append(sentences[:take])
            del sentences[:take]
    paras = []
    agency = f["agency"]
    for j, para in enumerate(plan):
        s = " ".join(t[kind][i].format(**f) for kind, i in para)
        if j == 0:
            s = f"{f['CITY']}, {f['month']} {f['dom']} ({agency}) - {s}"
        paras.append(s)
    return "\n\n".join(paras), topic, plan


# --- variants: each takes (rng, text) and returns the reposted text -------------------

def _paras(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def v_caption(rng: random.Random, text: str) -> str:
    cap = rng.choice(CAPTIONS).format(**_fields(rng))
    paras = _paras(text)
    paras.insert(rng.choice((0, 0, 1)), cap)
    return "\n\n".join(paras)


def v_caption_plain(rng: random.Random, text: str) -> str:
    cap = rng.choice(PLAIN_CAPTIONS).format(**_fields(rng))
    paras = _paras(text)
    paras.insert(rng.choice((0, 1, 1, 2)), cap)
    return "\n\n".join(paras)


def v_cut_last(rng: random.Random, text: str) -> str:
    paras = _paras(text)
    return "\n\n".join(paras[:-1]) if len(paras) > 2 else text


def v_quotes(rng: random.Random, text: str) -> str:
    if '"' in text or "'" in text:
        out, open_q = [], True
        for ch in text:
            if ch == '"':
                out.append("\u201c" if open_q else "\u201d")
                open_q = not open_q
            elif ch == "'":
                out.append("\u2019")
            else:
                out.append(ch)
        return "".join(out)
    return text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")


def v_read_more(rng: random.Random, text: str) -> str:
    return text + "\n\n" + rng.choice(READ_MORE).format(**_fields(rng))


def v_whitespace(rng: random.Random, text: str) -> str:
    text = text.replace(" - ", " \u2013 ").replace(". ", ".\u00a0 ", 2)
    text = text.replace("\n\n", rng.choice(("\n", "\n \n", "\n\n\n", "\r\n\r\n")))
    return "  " + text.replace(" ", "  ", 3) + " \n"


def v_joins(rng: random.Random, text: str) -> str:
    paras = _paras(text)
    if len(paras) >= 3:
        i = rng.randrange(len(paras) - 1)
        paras[i:i + 2] = [paras[i] + " " + paras[i + 1]]
    return "\n\n".join(paras)


def v_repost(rng: random.Random, text: str) -> str:
    """What a real repost usually is: several of the above at once."""
    for fn in rng.sample((v_caption, v_quotes, v_read_more, v_whitespace, v_joins), 3):
        text = fn(rng, text)
    return text


def v_repost_cut(rng: random.Random, text: str) -> str:
    return v_repost(rng, v_cut_last(rng, text))


VARIANTS: dict[str, Callable[[random.Random, str], str]] = {
    "caption": v_caption, "caption_plain": v_caption_plain, "cut_last": v_cut_last,
    "quotes": v_quotes,
    "read_more": v_read_more, "whitespace": v_whitespace, "joins": v_joins,
    "repost": v_repost, "repost_cut": v_repost_cut,
}


def build_corpus(n_stories: int = 400, seed: int = 7, variants_per_story: int = 3,
                 hard_negatives_per_story: float = 0.5) -> list[Doc]:
    """Originals, ``variants_per_story`` variants each, and hard negatives, shuffled."""
    rng = random.Random(seed)
    docs: list[Doc] = []
    names = sorted(VARIANTS)
    cluster = 0
    for _ in range(n_stories):
        text, topic, plan = compose_story(rng)
        docs.append(Doc(len(docs), cluster, "original", text))
        for name in rng.sample(names, variants_per_story):
            docs.append(Doc(len(docs), cluster, name, VARIANTS[name](rng, text)))
        if rng.random() < hard_negatives_per_story:
            cluster += 1
            if rng.random() < 0.5:  # same event template, other names and figures
                other, _, _ = compose_story(rng, topic, plan=plan)
                docs.append(Doc(len(docs), cluster, "hard_same_template", other))
            else:  # a new story reusing the background paragraphs at its end
                other, _, _ = compose_story(rng, topic)
                tail = _paras(text)[-2:]
                docs.append(Doc(len(docs), cluster, "hard_shared_background",
                                "\n\n".join(_paras(other)[:-1] + tail)))
        cluster += 1
    rng.shuffle(docs)
    return docs
