"""The demo newsroom mid-shift, for the admin's dashboard: a draft, a story waiting for review, one
scheduled for this evening, and a story whose readers' comments wait for a moderator.

Same shape as stories.py; `status` and `hours_ahead` (a publish time still to come) set the workflow."""

DESK_STORIES = [
    {
        "headline": "Night ferries to the islands could return next summer",
        "standfirst": "The operator says two late sailings a week would pay for themselves if the port cuts its fees.",
        "section": "business",
        "authors": ["priya-raman"],
        "tags": ["Transport"],
        "dateline_place": "SPLIT",
        "source_credit": "Newsroom",
        "status": "draft",
        "hours_ago": 2,
        "days_ago": 0,
        "hour": 9,
        "featured": False,
        "correction": "",
        "image_alt": "Illustration: a lit ferry leaving a harbour at night",
        "image_caption": "A late ferry leaves the harbour; the last regular night sailing ended in 2019.",
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Late ferries to the outer islands, cut five years ago, could return next summer if the port "
                "authority agrees to lower its berthing fees for sailings after ten at night, the operator said."
            ),
            "Still to check: the port authority's answer, and the figures for 2019's last season.",
        ],
    },
    {
        "headline": "Library extends its opening hours during exam season",
        "standfirst": "The central library will stay open until midnight for six weeks from next Monday.",
        "section": "culture",
        "authors": ["tomas-herrera"],
        "tags": ["Education", "Cities"],
        "dateline_place": "SPLIT",
        "source_credit": "Newsroom",
        "status": "pending",
        "hours_ago": 5,
        "days_ago": 0,
        "hour": 8,
        "featured": False,
        "correction": "",
        "image_alt": "Illustration: reading lamps on long library tables at night",
        "image_caption": "The reading room, which will stay open until midnight during the exam weeks.",
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "The central library will stay open until midnight on weekdays for six weeks from next Monday, "
                "after students collected more than 2,000 signatures asking for somewhere quiet to revise."
            ),
            (
                "The extra hours will be staffed by volunteers from the university and paid for from the city's "
                "youth budget, the library's director said. The café on the ground floor will stay closed."
            ),
        ],
    },
    {
        "headline": "Council publishes its draft budget for next year",
        "standfirst": "Spending on roads rises by a tenth; the arts grant is frozen for a second year.",
        "section": "politics",
        "authors": ["daniel-okoye"],
        "tags": ["Cities"],
        "dateline_place": "SPLIT",
        "source_credit": "Newsroom",
        "status": "published",
        "hours_ahead": 6,
        "days_ago": 0,
        "hour": 18,
        "featured": False,
        "correction": "",
        "image_alt": "Illustration: a stack of printed budget papers on a council chamber desk",
        "image_caption": "The draft budget goes to the council's finance committee next week.",
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "The city council will publish its draft budget for next year this evening, with spending on road "
                "repairs up by a tenth and the grant for the arts frozen for a second year running."
            ),
            (
                "Councillors have until the end of the month to propose changes before the finance committee "
                "votes. The opposition has said it will ask for the arts grant to rise with inflation."
            ),
        ],
    },
    {
        "headline": "Residents asked to help choose names for three new parks",
        "standfirst": "Suggestions close on Friday; a shortlist goes to a public vote next month.",
        "section": "culture",
        "authors": ["marta-lindqvist"],
        "tags": ["Cities"],
        "dateline_place": "SPLIT",
        "source_credit": "Newsroom",
        "days_ago": 0,
        "hour": 7,
        "featured": False,
        "correction": "",
        "image_alt": "Illustration: young trees and a path through a new park",
        "image_caption": "One of the three parks, on the site of the old bus depot.",
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "The city is asking residents to suggest names for three new parks, including the one on the site "
                "of the old bus depot. Suggestions close on Friday, and a shortlist of five for each park will go "
                "to a public vote next month."
            ),
        ],
        "comments": [
            {
                "name": "Nela Horvat",
                "body": "Name the depot park after the drivers who worked there for fifty years.",
            },
            {
                "name": "Petar Vuković",
                "body": "First time commenting: could one of them be named after a woman from the city's history?",
                "status": "pending",
                "reason": "first_time",
            },
            {
                "name": "Park names",
                "body": "Vote for our names at http://example.com/a and http://example.com/b and http://example.com/c",
                "status": "pending",
                "reason": "links",
                "reason_detail": "3 links",
            },
        ],
    },
]
