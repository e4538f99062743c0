"""Demo stories of each type of work besides news (issue #14): opinion, analysis, explainer, review,
interview, sponsored content and a live page (its updates are in live/demo.py)."""

TYPED_STORIES = [
    {
        "work_type": "opinion",
        "headline": "Every city should hand its residents a share of the budget",
        "standfirst": (
            "Brno has shown that a residents’ budget can outlast the politicians who started it. Its harder "
            "lesson, about who turns up to vote, is the one other councils should copy first."
        ),
        "section": "politics",
        "authors": ["marta-lindqvist"],
        "tags": ["Local government", "Cities", "Elections"],
        "dateline_place": "",
        "source_credit": "",
        "days_ago": 4,
        "hour": 8,
        "featured": False,
        "image_alt": (
            "Illustration: a long park bench in a city square, each slat painted in a different "
            "neighbourhood colour"
        ),
        "image_caption": (
            "Benches, footpaths and drinking fountains have been among the most popular projects in Brno’s "
            "residents’ budget."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "I have read a great many municipal budgets, most of them in the evening and few of them for "
                "pleasure. The line I now look for first is not the size of the capital programme or the "
                "interest bill but something smaller: how much of the money residents are allowed to decide "
                "for themselves. In most European cities the answer is still nothing. It should not be."
            ),
            (
                "Brno’s council settled the question for itself when it wrote its participatory budget into "
                "the city statutes. Two percent of the capital budget – about 190 million koruna – will now "
                "be spent each year on projects that residents propose and vote for, and a future council "
                "will need a three-fifths majority to take that away. After six years and a record 48,300 "
                "votes, the pilot has become part of the furniture."
            ),
            (
                "The usual objection is that this is government by suggestion box: pleasant, small and "
                "beside the point. I think the opposite is true. Two percent is small enough that no "
                "essential service depends on it and large enough that people notice when a fountain, a "
                "footpath or a repair café appears because their neighbours voted for it. Trust in local "
                "government is built in exactly those modest, visible places, and it is lost there too."
            ),
            "## The uncomfortable number",
            (
                "The strongest criticism came from inside the council chamber. The city’s own analysis found "
                "that the three most successful districts had won 41 percent of the money over six years "
                "while holding 29 percent of the population. Vojtěch Malý, the councillor who voted against "
                "making the scheme permanent, warned that uneven participation means uneven spending. He is "
                "right, and cities tempted to copy Brno should start with his warning rather than with the "
                "ribbon-cutting photographs."
            ),
            (
                "The compromise in the new statute – one guaranteed project for every district that submits "
                "an eligible proposal – is a floor, not a fix. A district without an organised residents’ "
                "group may never submit anything. The remedy is unglamorous: council staff who spend the "
                "proposal season in those neighbourhoods, ballot boxes at tram stops and supermarket "
                "entrances as well as online, and help with the paperwork for people who have never filled "
                "in a council form."
            ),
            (
                "“The best ideas we funded came from people who told us at first that they had nothing to "
                "suggest,” said Jana Dvořáková, who runs a community centre on one of the city’s outer "
                "housing estates and spent last spring helping neighbours draft their first bids. “They did "
                "not need persuading. They needed someone to ask twice.”"
            ),
            (
                "Letting 15-year-olds vote, which Brno approved in the same session, is a good start; "
                "teenagers are the residents most often told that their opinion can wait. But the real test "
                "of a residents’ budget is not how many people vote in the districts that already vote. It "
                "is whether, in five years’ time, the map of winning projects looks like the map of the "
                "city. Other councils should copy Brno, and copy that test with it: publish the map every "
                "year, and send staff to wherever it is empty."
            ),
        ],
        "comments": [],
        "correction": "",
    },
    {
        "work_type": "analysis",
        "headline": "What the central bank’s long pause means for mortgages, savings and the krone",
        "standfirst": (
            "Four holds in a row and a later first cut in the forecasts have changed the arithmetic for "
            "households. Economists say the bank is watching next spring’s pay talks more closely than next "
            "month’s prices."
        ),
        "section": "business",
        "authors": ["daniel-okoye"],
        "tags": ["Interest rates", "Economy", "Banking"],
        "dateline_place": "OSLO",
        "source_credit": "Newsroom",
        "days_ago": 2,
        "hour": 15,
        "featured": False,
        "image_alt": (
            "Illustration: a kitchen table with a calculator, a mortgage statement and a cup of coffee going "
            "cold"
        ),
        "image_caption": (
            "Borrowers on floating-rate mortgages will feel the bank’s delay first, economists say; savers "
            "stand to gain from it."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "When Norway’s central bank kept its policy rate at 3.75 percent this week, the decision "
                "itself surprised nobody. What moved the krone was a small change in a chart: the bank’s own "
                "forecast now puts its first cut roughly a quarter later than it did three months ago. In a "
                "country where most mortgages follow the policy rate within weeks, that quarter is not a "
                "technicality."
            ),
            (
                "The bank’s reasoning turns on a single distinction. Prices of goods – furniture, "
                "electronics, imported food – have slowed broadly as expected. Prices of services, which "
                "take most of what households spend, have not. “Goods inflation is about the past: shipping "
                "costs, energy, the exchange rate. Services inflation is about the present, and mostly about "
                "wages,” said Astrid Vold, senior economist at an asset manager in Trondheim. “The bank is "
                "telling us it will not cut until wage growth comes down, and that takes a pay round, not a "
                "month.”"
            ),
            "## Wages are the real target",
            (
                "Wages are rising by around 5 percent a year, well above what is consistent with a 2 percent "
                "inflation target unless productivity picks up sharply. Erik Sæther, who teaches monetary "
                "economics at a university in Bergen, said the bank was in effect waiting for next spring’s "
                "wage settlements. “If unions and employers agree something closer to 4 percent, the door to "
                "a cut opens before the summer. If they do not, the forecast will slip again – and the bank "
                "would rather say so now than be caught out later,” he said."
            ),
            (
                "For households the effect is uneven. Borrowers on floating rates will see no relief for "
                "now, and the bank’s own figures show a growing share of mortgage holders spending more than "
                "a third of their income on interest. Savers, by contrast, are earning deposit rates above "
                "inflation. “In practice this is a transfer from younger families with large loans to older "
                "households with money in the bank,” said Lars Eikeland, chief economist at a regional "
                "savings bank. “Nobody designed it that way, but that is what it does.”"
            ),
            "## The krone complicates things",
            (
                "The currency is the other reason for caution. A weaker krone over the past two years has "
                "made imports dearer and added to inflation, and cutting rates while other central banks "
                "hold could weaken it further. Ms Vold said the krone’s modest rise after the announcement "
                "was, in a sense, the bank getting what it wanted. “A stronger currency does some of the "
                "bank’s work for it. Every bit of appreciation is a little less imported inflation,” she "
                "said."
            ),
            (
                "None of the economists Newsroom spoke to expected a further increase, which the bank itself "
                "has called “not our main scenario”. The risk they pointed to was the opposite one: that "
                "consumer spending, flat for six months, weakens faster than the bank expects. “Patience is "
                "a virtue until it becomes a mistake,” Mr Sæther said. “The next two forecasts will tell us "
                "which this is.”"
            ),
        ],
        "comments": [],
        "correction": (
            "An earlier version of this article said the central bank had held rates at five consecutive "
            "meetings. It has held them at four."
        ),
        "correction_at_top": True,
        # Hours after publication, kind, note: shown after the story.
        "later_notes": [
            (
                26,
                "update",
                "This article has been updated with the bank’s published minutes, which show one member voted "
                "for a cut.",
            ),
        ],
        "backstory": (
            "We read the bank's last four rate statements and the minutes published since, and spoke to three "
            "economists on the record. Two lenders answered our questions about fixed-rate offers; a third "
            "declined to comment."
        ),
        "sources": (
            "Central bank rate statements, March to November https://www.example.org/rates\n"
            "Minutes of the monetary policy committee, October meeting\n"
            "Household borrowing survey https://www.example.org/household-survey"
        ),
    },
    {
        "work_type": "explainer",
        "headline": "Data brokers, deletion requests and cameras at work: the digital-privacy bill explained",
        "standfirst": (
            "Lawmakers hold their final vote on the bill tomorrow. Here is what it would require of "
            "companies and employers, what it would let you do, and when."
        ),
        "section": "politics",
        "authors": ["marta-lindqvist"],
        "tags": ["Privacy", "Technology", "Jobs"],
        "dateline_place": "LJUBLJANA",
        "source_credit": "Newsroom",
        "days_ago": 1,
        "hour": 9,
        "featured": False,
        "image_alt": (
            "Illustration: a smartphone on a desk with a long paper receipt of personal details unspooling "
            "from its screen"
        ),
        "image_caption": (
            "Under the bill, residents could ask every registered data broker to delete their information by "
            "filling in a single form."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Parliament holds its final vote tomorrow on a digital-privacy bill that has spent nearly "
                "two years in committee. If it passes, as expected, it will change how companies trade in "
                "personal data and how employers may keep watch on their staff. Here is what is in it, and "
                "what it would mean for you."
            ),
            "## What is a data broker, and what would change?",
            (
                "Data brokers are companies that collect personal information – from loyalty cards, apps, "
                "public records and websites – and sell it on, often to advertisers or to other brokers. "
                "Most people have never heard of the brokers that hold their details. The bill would require "
                "every broker operating in the country to join a public register kept by the data-protection "
                "authority, and would bar any company from selling your data to a third party without your "
                "explicit consent. A pre-ticked box would not count."
            ),
            "## How would I get my data deleted?",
            (
                "Through a single online form. Instead of writing to brokers one by one, you would submit "
                "one request that goes to every company on the register. “The whole point is that you should "
                "not need to know who they are to make them stop,” said Nika Zupan, the member of parliament "
                "who steered the bill through committee. Brokers that repeatedly ignore requests could be "
                "fined up to 4 percent of their annual turnover."
            ),
            "## Can my employer still monitor me at work?",
            (
                "Yes, but not in secret. Covert keystroke-logging and webcam software would be banned, and "
                "any monitoring would have to be announced to staff in advance and limited to what the job "
                "requires. Trade unions pressed for these rules after testimony about call-centre workers "
                "whose screens were recorded all day. “Employers can still check the work. What they cannot "
                "do is watch the worker,” said Mateja Kos, a labour lawyer who gave evidence to the "
                "committee."
            ),
            "## I run a small business. What do I have to do?",
            (
                "Probably very little. Firms with fewer than 25 employees that do not sell data are exempt "
                "from most of the new obligations, and keeping a mailing list for your own newsletter is not "
                "a sale as long as you do not pass it to anyone else. The national chamber of commerce still "
                "wants clearer guidance. “A family company with a customer list deserves a plain answer, not "
                "a legal opinion,” said Boris Kralj, the chamber’s head of digital policy."
            ),
            "## When would the changes take effect?",
            (
                "Not all at once. If the president signs the bill, the workplace-monitoring rules would "
                "apply after six months, and the broker register, the deletion form and the consent rules "
                "after a two-year transition. The data-protection authority says it would publish technical "
                "guidance within three months and hire 15 more staff to handle complaints and enforcement."
            ),
        ],
        "comments": [],
        "correction": "This explainer has been clarified to say that the fines apply per breach, not per year.",
        "correction_kind": "clarification",
    },
    {
        "work_type": "review",
        "headline": "A harbour-town opera finds its sea legs in a bold, unfinished staging",
        "standfirst": (
            "Bergen’s small Kaibygg Opera opens its season with a new production of a forgotten 1890s "
            "fishing-village opera. The singing is superb; the second act still needs a rudder."
        ),
        "section": "culture",
        "authors": ["tomas-herrera"],
        "tags": ["Music", "Theatre"],
        "dateline_place": "",
        "source_credit": "",
        "days_ago": 3,
        "hour": 22,
        "featured": False,
        "image_alt": (
            "Illustration: a stage set of upturned fishing boats under a blue evening light, a singer "
            "standing on one keel"
        ),
        "image_caption": "The upturned-boat set of “The Herring Winter”, designed by Ida Mørch.",
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Rating: four out of five. “The Herring Winter” was last staged in 1897, when a touring company "
                "carried it from port to port along the western coast and then, as far as anyone can tell, "
                "put the score in a trunk. The Kaibygg Opera, which performs in a converted salting house on "
                "the quay, has taken it out again, and on the evidence of Friday’s opening night it was "
                "worth the dusting."
            ),
            (
                "The story is simple: a village waits for a shoal that does not come, a young widow refuses "
                "the marriage that would save her boat, and the winter closes in. The music is not simple "
                "at all. The composer, a church organist who wrote nothing else for the stage, builds the "
                "first act out of work songs that thicken into something close to a storm, and the "
                "company’s 22-piece orchestra plays them with a roughness that suits the room."
            ),
            "## Voices that carry",
            (
                "The widow is sung by Sunniva Aas, a soprano still in her twenties, whose lament at the end "
                "of the first act was the best singing I have heard in the city this year: unforced, "
                "unhurried and clear to the back of the hall. The baritone Henrik Solbakken makes the rich "
                "buyer who wants her boat more sympathetic than the libretto does, which helps."
            ),
            (
                "The trouble is the second act. The director, Lea Fossum, has cut nearly half an hour and "
                "replaced it with a silent sequence of villagers hauling empty nets, lit in a cold blue. It "
                "is beautiful for a minute and then it is long, and it leaves the widow’s change of heart "
                "with no music to explain it. “We wanted the audience to feel the waiting,” Ms Fossum said "
                "after the performance. They do, a little too much."
            ),
            (
                "Go for the first act and for Ms Aas; forgive the second. The production runs until the end "
                "of the month, and the company says the full score will be published next spring, so that "
                "someone else can try the uncut version."
            ),
        ],
        "comments": [],
        "correction": "",
    },
    {
        "work_type": "interview",
        "headline": "Glaciologist Katharina Egger on what hourly measurements reveal about melting ice",
        "standfirst": (
            "The coordinator of the Alps’ new year-round monitoring network talks about Saharan dust, "
            "tripods that sink into the ice, and why the data matters to people far below the glaciers."
        ),
        "section": "science",
        "authors": ["priya-raman"],
        "tags": ["Climate", "Research", "Environment"],
        "dateline_place": "INNSBRUCK",
        "source_credit": "Newsroom",
        "days_ago": 1,
        "hour": 16,
        "featured": False,
        "image_alt": (
            "Illustration: a scientist in a red jacket kneeling beside a monitoring tripod on a glacier, "
            "reading a tablet"
        ),
        "image_caption": (
            "Katharina Egger has coordinated the network since its trial season, when four of its stations "
            "were buried by snow for weeks."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Katharina Egger has spent more than twenty summers drilling stakes into Alpine ice and "
                "walking back months later to read them. This week the network she coordinates – 42 "
                "solar-powered stations on 14 glaciers in four countries – began sending measurements every "
                "hour, all year round. We spoke in her office at the university, where a spare tripod leans "
                "against the bookcase."
            ),
            "Newsroom: What can you see now that you could not see before?",
            (
                "Egger: The timing. With two field visits a year we knew how much ice a glacier had lost "
                "over a summer, but not when or why. Now I can point to a single week in August and say: "
                "that heatwave cost this glacier half a metre of ice. That matters because the climate does "
                "not change in a smooth line. It arrives as events – a heatwave, a storm, a dry winter – and "
                "until now we were blind to the events."
            ),
            (
                "Newsroom: The network’s first surprise was Saharan dust. Why does a little dust make such a "
                "difference?"
            ),
            (
                "Egger: Clean snow reflects most of the sunlight that falls on it. Dust darkens the surface, "
                "so it absorbs more energy and melts faster. During one warm week we saw two glaciers "
                "melting nearly three times as fast as a neighbour at the same altitude, and the main "
                "difference was a layer of dust that had fallen months earlier. We suspected effects like "
                "that for years. Now we can measure them, station by station, hour by hour – though we still "
                "need samples from the field to prove it is dust."
            ),
            "Newsroom: Why publish everything openly, within a day of collecting it?",
            (
                "Egger: Because the people who need it are not only glaciologists. Hydrologists plan for "
                "late-summer river flows, hydropower operators decide how much water to hold back, farmers "
                "on the plains depend on what comes down from the ice in August. If a mountain guide wants "
                "to know whether the glacier under her route is melting faster than last year, she should "
                "not have to write to me and wait. We would like to do the same in the Pyrenees and "
                "Scandinavia within three years, if the funding comes."
            ),
            "This interview has been edited for length and clarity.",
        ],
        "comments": [],
        "correction": "",
    },
    {
        "work_type": "sponsored",
        "sponsor": "Nordvik Ferries",
        "headline": "Evening crossings with a soundtrack: Nordvik Ferries’ summer deck concerts return",
        "standfirst": (
            "From June to the end of August, selected late sailings to the outer islands carry a string "
            "quartet, a folk duo or a jazz trio – and a later boat home on concert nights."
        ),
        "section": "culture",
        "authors": [],
        "tags": ["Music", "Transport"],
        "dateline_place": "",
        "source_credit": "",
        "days_ago": 7,
        "hour": 12,
        "featured": False,
        "image_alt": (
            "Illustration: a string quartet playing on the open deck of a white ferry as the sun sets over "
            "low islands"
        ),
        "image_caption": "Deck concerts run on selected evening sailings from the first weekend of June.",
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "There is a particular quiet that settles over the deck of a ferry on a summer evening, once "
                "the cars are parked below and the harbour lights fall behind. For the fifth year running, "
                "Nordvik Ferries is filling some of that quiet with music: from the first weekend of June to "
                "the end of August, selected evening sailings between Bergen and the outer islands will "
                "carry live performers on the open deck."
            ),
            (
                "This summer’s programme runs to more than 60 concerts, from string quartets and folk duos "
                "to a late-night jazz trio on Saturday crossings. Performers are chosen together with the "
                "region’s music schools and festivals, and around half are students or recent graduates. “We "
                "wanted the crossing to be part of the evening rather than the bit before it,” said Hanne "
                "Solberg, who has run the series since it began. “Nobody needs a ticket for the music. If "
                "you are on the boat, you are in the audience.”"
            ),
            (
                "The concerts are included in the ordinary fare, and on concert nights the company adds a "
                "later return sailing, so passengers from the city can stay for supper on the islands and "
                "still get home. The full summer timetable, showing which departures carry music, is "
                "published at https://www.example.com/summer-timetable and is updated weekly."
            ),
            "## A stage with gulls and a sea breeze",
            (
                "For musicians, the deck is an unusual stage: the wind, the gulls and the engine all have a "
                "say. “The first time, I spent the whole crossing worrying that my sheet music would blow "
                "into the sea,” said the cellist Ingvild Tangen, who played on the islands route last summer "
                "and returns this year with her quartet. “By the third night I had clothes pegs, and the "
                "audience had started singing along to the folk tunes. You do not get that in a concert "
                "hall.”"
            ),
            (
                "Families can reserve free seats in a sheltered lounge for the early-evening concerts, and "
                "every vessel on the route is step-free from the car deck to the upper deck. A short guide "
                "to walks, cafés and swimming spots within reach of each island pier, written with local "
                "residents’ associations, can be found at https://www.example.org/island-guide."
            ),
            (
                "Crossings can be booked up to three months ahead at https://www.example.com/summer-pass, "
                "where travellers can also buy a ten-journey summer pass at a fifth off the single fare."
            ),
        ],
        "comments": [],
        "correction": "",
    },
    {
        "status": "retracted",
        "retraction_note": (
            "We have retracted this story. It relied on a draft plan that the harbour authority says was "
            "never adopted, and we published it before we had confirmed the plan with the authority or a "
            "second source. The north pier stays open. We have changed how we check documents shared with us."
        ),
        "headline": "Harbour authority to close the north pier for a year of repairs",
        "standfirst": "A draft plan seen by Newsroom set out a twelve-month closure from the spring.",
        "section": "business",
        "authors": ["daniel-okoye"],
        "tags": ["Transport"],
        "dateline_place": "SPLIT",
        "source_credit": "Newsroom",
        "days_ago": 9,
        "hour": 10,
        "featured": False,
        "image_alt": "Illustration: a stone pier with bollards and a closed gate at dusk",
        "image_caption": "The north pier, which the draft plan said would close for repairs.",
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            "The harbour authority plans to close the north pier for a year from the spring, according to a "
            "draft plan seen by Newsroom.",
        ],
        "comments": [],
        "correction": "",
    },
    {
        "work_type": "live",
        "headline": "Storm closes the port of Split and halts island ferries",
        "standfirst": (
            "A red storm warning is in force on the central Adriatic coast. Follow our reporters’ updates "
            "on ferries, roads, power and shelters as the gale comes ashore."
        ),
        "section": "world",
        "authors": ["marta-lindqvist", "priya-raman"],
        "tags": ["Transport", "Weather"],
        "dateline_place": "SPLIT",
        "source_credit": "Newsroom",
        "days_ago": 0,
        "hour": 7,
        "featured": False,
        "image_alt": "Illustration: grey waves breaking over a harbour wall under a dark sky",
        "image_caption": "The harbour wall in Split as the storm arrived.",
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "The port of Split is closed and ferries to the islands are suspended as a storm with gusts "
                "of up to 130 km/h reaches the central Adriatic coast. Our reporters in Split and Makarska "
                "are following it as it happens; the newest updates are at the top."
            ),
        ],
        "comments": [],
        "correction": "",
    },
]
