"""Demo content for Newsroom: sections, authors and stories.

All stories, people and organisations named here are fictional and were written for this demo.
Reader e-mail addresses use the reserved example.com / example.org / example.net domains.

Conventions used by the demo loader:
  * a paragraph starting with "## " is rendered as a subheading (h2);
  * a paragraph starting with "> " is rendered as a block quote;
  * the dateline ("PLACE, Month D – Source.") is prepended to the first paragraph automatically.
"""

SECTIONS = [
    {
        "name": "World",
        "slug": "world",
        "description": "Reporting from capitals, coastlines and crossroads beyond our borders.",
    },
    {
        "name": "Politics",
        "slug": "politics",
        "description": "Parliaments, elections and the policies that shape everyday life.",
    },
    {
        "name": "Business",
        "slug": "business",
        "description": "Markets, money, work and the companies and cooperatives behind them.",
    },
    {
        "name": "Science",
        "slug": "science",
        "description": "Discoveries, research and the people measuring a changing planet.",
    },
    {
        "name": "Culture",
        "slug": "culture",
        "description": "Music, museums, books and the ideas that fill our evenings.",
    },
]

AUTHORS = [
    {
        "name": "Marta Lindqvist",
        "slug": "marta-lindqvist",
        "title": "Europe correspondent",
        "covers": "European politics, public budgets, rail",
        "based_in": "Brussels",
        "languages": "English, Swedish, French",
        "public_email": "marta.lindqvist@newsroom.example",
        "bio": (
            "Marta Lindqvist covers European affairs and politics for Newsroom, usually from Brussels and often "
            "from a train somewhere between two capitals. She previously spent eight years on the regional "
            "politics desk of a Swedish daily. She is the author of a short guide to reading public budgets "
            "without losing heart."
        ),
    },
    {
        "name": "Daniel Okoye",
        "slug": "daniel-okoye",
        "title": "Business editor",
        "covers": "banking, energy, small firms",
        "based_in": "London",
        "languages": "English, Yoruba",
        "profile_links": "https://www.example.org/daniel-okoye",
        "bio": (
            "Daniel Okoye leads Newsroom’s business coverage, with a particular interest in banking, energy and "
            "the economics of small firms. Before joining in 2019 he reported on markets from Lagos and London for "
            "a financial news service. He trained as an accountant and still reads the footnotes first."
        ),
    },
    {
        "name": "Priya Raman",
        "slug": "priya-raman",
        "title": "Science and environment correspondent",
        "covers": "climate, space, measurement",
        "based_in": "Innsbruck",
        "languages": "English, German, Tamil",
        "bio": (
            "Priya Raman writes about climate, space and the people who measure things for a living. She holds a "
            "doctorate in atmospheric chemistry and spent three years as a research fellow before moving into "
            "journalism. Her reporting on mountain observatories was shortlisted for a European science-writing "
            "award."
        ),
    },
    {
        "name": "Tomás Herrera",
        "slug": "tomas-herrera",
        "title": "Culture editor",
        "covers": "music, museums, cities",
        "based_in": "Madrid",
        "languages": "Spanish, English",
        "bio": (
            "Tomás Herrera edits Newsroom’s culture pages and writes about music, museums and the public life of "
            "cities. He began his career as a jazz critic for a Madrid weekly and later ran the arts desk of a "
            "regional broadcaster. He plays the double bass, modestly, in a Sunday-afternoon quartet."
        ),
    },
]

STORIES = [
    {
        "headline": "Port city of Split opens its first tram line",
        "standfirst": (
            "The 9.4-kilometre line links the ferry terminal with the university and the eastern suburbs, and city "
            "officials hope it will ease some of the worst summer congestion on the Adriatic coast."
        ),
        "section": "world",
        "authors": ["marta-lindqvist"],
        "tags": ["Transport", "Cities", "European Union"],
        "dateline_place": "SPLIT",
        "source_credit": "Newsroom",
        "days_ago": 0,
        "hour": 12,
        "featured": True,
        "image_alt": "Illustration: a white tram gliding past a harbour with moored ferries at sunrise",
        "image_caption": (
            "The first service leaves the ferry terminal on the new line, which runs 9.4 kilometres to the eastern "
            "suburbs."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Thousands of residents lined the waterfront this morning as the first tram in Split’s history "
                "pulled away from the ferry terminal, opening a 9.4-kilometre line that city officials hope will "
                "ease some of the worst summer congestion on the Adriatic coast."
            ),
            (
                "The €212m project, financed largely through European cohesion funds, connects the port with the "
                "university campus and the hillside suburbs to the east, where more than a third of the city’s "
                "population lives. Trams will run every six minutes at peak times, and the city has promised to "
                "withdraw 14 bus routes that duplicate the line once ridership settles."
            ),
            (
                "“For thirty years we argued about whether a tram could fit through these streets,” said Ivana "
                "Barić, the deputy mayor responsible for transport, as she stepped off the inaugural service. "
                "“Today a tram fitted through these streets. The argument is over; now the work is to make it run "
                "on time.”"
            ),
            "## Years of digging, and a few surprises",
            (
                "Construction began four years ago and ran eleven months behind schedule, partly because "
                "excavations near the old town uncovered the footings of a Roman-era warehouse. Archaeologists "
                "recorded the site before engineers shifted the alignment by about 20 metres, a change that added "
                "roughly €6m to the bill."
            ),
            (
                "Shopkeepers along the route have been less enthusiastic. Several say the roadworks cost them a "
                "season of trade, and a traders’ association is still negotiating compensation with the city. “We "
                "are happy to have the tram. We would be happier to have been paid for the dust,” said Mario "
                "Jurić, who runs a hardware shop on the route and chairs the association."
            ),
            (
                "Transport planners point to similar schemes in mid-sized European cities, where new tram lines "
                "have typically drawn a fifth or more of their riders from people who previously drove. Split’s "
                "own forecast is more modest: 38,000 journeys a day by the end of the first year, rising as new "
                "housing is completed near the eastern terminus."
            ),
            (
                "Fares will be free for the first month. The city council is expected to vote in the autumn on a "
                "second line running north-west towards the airport, a route likely to prove more contentious "
                "because it crosses two neighbouring municipalities with their own plans for the land."
            ),
        ],
        "comments": [
            {
                "name": "Lucija Kovač",
                "email": "lucija.kovac@example.com",
                "website": "",
                "body": (
                    "Rode it twice today. Smooth and quiet, but the stop by the market needs a proper shelter – by "
                    "noon the platform was an oven."
                ),
                "replies": [
                    {
                        "name": "Ante Perić",
                        "email": "ante.peric@example.org",
                        "website": "https://example.net/",
                        "body": "The city says shelters for the last four stops arrive next month. We will see.",
                        "replies": [],
                    },
                ],
            },
            {
                "name": "Gordon Fraser",
                "email": "g.fraser@example.net",
                "website": "",
                "body": (
                    "Visiting from Edinburgh, where we had our own long tram saga. Congratulations, and good luck "
                    "with the second line – that is where the real arguments start."
                ),
                "replies": [],
            },
            {
                "name": "Nela Šimić",
                "email": "nela.simic@example.com",
                "website": "",
                "body": (
                    "€212m for one line seems a lot for a city this size. I hope the bus cuts don’t leave the "
                    "older neighbourhoods stranded."
                ),
                "replies": [],
            },
        ],
        "correction": "",
    },
    {
        "headline": "Coastal states agree five-year sharing deal for North Atlantic blue whiting",
        "standfirst": (
            "After all-night talks, negotiators settled a long-running disagreement over catch shares and agreed "
            "to cut the total allowable catch by 8 percent next year."
        ),
        "section": "world",
        "authors": ["marta-lindqvist"],
        "tags": ["Fisheries", "Oceans", "Environment", "Trade"],
        "dateline_place": "BERGEN",
        "source_credit": "Newsroom Wire",
        "days_ago": 6,
        "hour": 7,
        "featured": False,
        "image_alt": "Illustration: a blue fishing trawler on a grey sea, with gulls following in its wake",
        "image_caption": (
            "A pelagic trawler returns to port. The new agreement fixes each party’s share of the catch for five "
            "years."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Negotiators from four North Atlantic coastal states agreed early this morning on a five-year "
                "arrangement for sharing the blue whiting catch, ending a dispute over allocations that had left "
                "the fishery without an agreed division for most of the past decade."
            ),
            (
                "Under the deal, the total allowable catch will fall by 8 percent next year, in line with "
                "scientific advice, and each party’s share will be fixed for the full five years rather than "
                "renegotiated annually. Scientists had warned that the practice of each party setting its own "
                "quota, with the combined total routinely exceeding the advice, was putting pressure on a stock "
                "that sustains both fishing fleets and larger predators."
            ),
            (
                "“Nobody leaves this room with everything they wanted, which is usually how you know it is a fair "
                "agreement,” said Ragnhild Sæther, who chaired the talks. “What everyone gets is predictability, "
                "and for a fishing community that is worth more than a few thousand tonnes either way.”"
            ),
            (
                "The parties did not publish exact percentages, saying these would be released once each "
                "government had completed its domestic approval process. People familiar with the talks said the "
                "breakthrough came when the larger fleets accepted a small reduction in their historical share in "
                "exchange for reciprocal access to each other’s waters in the winter months, when the fish move "
                "north."
            ),
            (
                "> “A stable share is the difference between a boat owner getting a bank loan and not getting "
                "one.” – Jóhann Ellefsen, chair of a vessel owners’ association"
            ),
            (
                "Conservation groups welcomed the cut but said it did not go far enough. “An 8 percent reduction "
                "is a step, not a recovery plan,” said Freya Lund, a fisheries analyst at the Nordic Marine Trust, "
                "a conservation charity. She noted that the agreement includes a review after three years but no "
                "automatic mechanism to reduce catches further if the stock continues to decline."
            ),
            (
                "Blue whiting, a small, silvery relative of cod, is mostly processed into fishmeal and oil for "
                "aquaculture feed, though a growing share is frozen whole and sold for human consumption. The "
                "fishery is worth several hundred million euros a year at first sale."
            ),
            (
                "The arrangement still needs approval from each party’s ministers, a step negotiators described as "
                "a formality. Scientists from the four delegations are due to meet in the spring to agree a common "
                "survey programme, the first time they will share a single research-vessel schedule."
            ),
        ],
        "comments": [
            {
                "name": "Eirik Haugland",
                "email": "eirik.haugland@example.com",
                "website": "",
                "body": (
                    "My father fished out of Ålesund for forty years and the annual quota fight was the one "
                    "constant. Five years of certainty would have changed his life."
                ),
                "replies": [],
            },
            {
                "name": "Sophie Marchand",
                "email": "s.marchand@example.org",
                "website": "",
                "body": (
                    "Good news, but a review clause with no automatic trigger worries me. Every ‘review’ I have "
                    "seen in fisheries ends in another round of talks, not a cut."
                ),
                "replies": [
                    {
                        "name": "Ragnar Olsen",
                        "email": "ragnar.olsen@example.net",
                        "website": "",
                        "body": (
                            "Fair point, though an automatic trigger is exactly what sank the last two rounds. "
                            "Sometimes you take the deal that can actually be signed."
                        ),
                        "replies": [],
                    },
                ],
            },
        ],
        "correction": "",
    },
    {
        "headline": "Seville adopts heatwave plan with shaded walking routes and cooling rooms",
        "standfirst": (
            "The city will plant 9,000 street trees, open 40 air-conditioned public rooms and pause heavy outdoor "
            "work by its contractors during the hottest hours of the day."
        ),
        "section": "world",
        "authors": ["marta-lindqvist", "priya-raman"],
        "tags": ["Climate", "Cities", "Public health"],
        "dateline_place": "SEVILLE",
        "source_credit": "Newsroom",
        "days_ago": 13,
        "hour": 9,
        "featured": False,
        "image_alt": "Illustration: a narrow whitewashed street shaded by canvas awnings and orange trees",
        "image_caption": (
            "Researchers measured differences of up to 11C between tree-lined avenues and treeless squares a few "
            "hundred metres away."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Seville’s city council approved a €68m heatwave-resilience plan yesterday that will plant 9,000 "
                "street trees, open 40 air-conditioned “cooling rooms” in libraries and civic centres, and require "
                "municipal contractors to halt heavy outdoor work during the hottest hours of the day."
            ),
            (
                "The plan, drafted over eighteen months with public-health researchers and neighbourhood "
                "associations, is one of the most detailed attempts by a southern European city to adapt its "
                "streets and services to hot seasons that are arriving earlier and lasting longer. Officials said "
                "it concentrates on the people most exposed to heat: older residents living alone, outdoor workers "
                "and children in schools without air conditioning."
            ),
            (
                "“A heatwave is not only a weather event, it is a public-health event, and we should plan for it "
                "the way we plan for a flu season,” said Carmen Olmedo, the councillor for health and environment. "
                "“That means knowing in advance who is vulnerable, where they live and how we reach them.”"
            ),
            "## Mapping the hottest streets",
            (
                "The centrepiece is a network of 26 shaded walking routes linking homes to clinics, markets and "
                "transport stops. Researchers at a local university used thermal sensors mounted on bicycles to "
                "map temperatures street by street, and found differences of up to 11 degrees Celsius between "
                "tree-lined avenues and treeless squares a few hundred metres away."
            ),
            (
                "“The data told us something residents already knew, but it told us exactly where,” said Alejandro "
                "Rus, the urban climatologist who led the mapping. “Some of the hottest places in the city were "
                "bus stops. People wait there for ten minutes in full sun, and many of them are elderly.”"
            ),
            (
                "The plan also funds a telephone check-in service run by volunteers, who will call registered "
                "residents over 75 during official heat alerts, and sets aside money for reflective roofs on 30 "
                "schools. Opposition councillors supported the plan but said the tree-planting target was too "
                "slow, since most saplings will not provide meaningful shade for a decade."
            ),
            (
                "The first cooling rooms are due to open within three months, with hours extended into the evening "
                "during alerts. The council said it would publish an annual report on heat-related hospital "
                "admissions so that residents could judge for themselves whether the measures were working."
            ),
        ],
        "comments": [],
        "correction": "",
    },
    {
        "headline": "Parliament passes digital-privacy bill limiting data brokers and workplace monitoring",
        "standfirst": (
            "The law, approved by 52 votes to 31, requires explicit consent before personal data is sold and bars "
            "employers from covertly tracking staff through keystroke or webcam software."
        ),
        "section": "politics",
        "authors": ["marta-lindqvist"],
        "tags": ["Privacy", "Technology", "European Union", "Jobs"],
        "dateline_place": "LJUBLJANA",
        "source_credit": "Newsroom",
        "days_ago": 0,
        "hour": 16,
        "featured": False,
        "image_alt": (
            "Illustration: a parliament chamber seen from above, with a padlock pattern woven into the carpet"
        ),
        "image_caption": (
            "Members voting on the bill, which creates a public register of data brokers and a single deletion "
            "form for residents."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Lawmakers passed a wide-ranging digital-privacy bill this afternoon that will require companies "
                "to obtain explicit consent before selling personal data to third parties and bar employers from "
                "covertly monitoring staff through keystroke-logging or webcam software."
            ),
            (
                "The bill, approved by 52 votes to 31 after nearly two years of committee hearings, goes further "
                "than European data-protection rules in several areas. It creates a public register of data "
                "brokers, gives residents a single online form to demand that every registered broker delete their "
                "information, and sets fines of up to 4 percent of annual turnover for repeated breaches."
            ),
            (
                "“For most people, privacy law has been something you click ‘accept’ on and forget,” said Nika "
                "Zupan, the member of parliament who steered the bill through committee. “This law is built around "
                "one idea: you should be able to find out who holds your data and make them stop, without hiring a "
                "lawyer.”"
            ),
            "## Business groups warn of costs",
            (
                "The national chamber of commerce said it supported the aims of the bill but warned that small "
                "firms would struggle with the paperwork. “Large platforms have legal departments. A family "
                "company with twelve employees and a mailing list does not,” said Boris Kralj, the chamber’s head "
                "of digital policy. He said members would seek clarification on how the consent rules apply to "
                "ordinary customer lists."
            ),
            (
                "Supporters pointed to exemptions added late in the process for businesses with fewer than 25 "
                "employees that do not sell data, and to a two-year transition period. The workplace-monitoring "
                "provisions take effect sooner, after six months, following testimony from trade unions about "
                "call-centre staff whose screens were recorded throughout the working day."
            ),
            (
                "> “You can measure a worker’s output without filming their face all day.” – from the committee’s "
                "final report"
            ),
            (
                "The bill now goes to the president for signature. The data-protection authority, which will run "
                "the broker register, said it expected to publish technical guidance within three months and would "
                "hire 15 additional staff to handle complaints and enforcement."
            ),
        ],
        "comments": [
            {
                "name": "Tina Horvat",
                "email": "tina.horvat@example.com",
                "website": "",
                "body": (
                    "The single deletion form is the part I will actually use. I tried contacting brokers one by "
                    "one last year and gave up after the fourth."
                ),
                "replies": [],
            },
            {
                "name": "Mark Jensen",
                "email": "mark.jensen@example.net",
                "website": "",
                "body": (
                    "I run a small web shop. The exemption helps, but I still have no idea whether my newsletter "
                    "counts as ‘selling data’. Guidance can’t come soon enough."
                ),
                "replies": [
                    {
                        "name": "Alenka Vidmar",
                        "email": "a.vidmar@example.org",
                        "website": "https://example.org/",
                        "body": (
                            "If you don’t pass the list to anyone else, it isn’t a sale. The committee report has "
                            "a worked example that covers exactly this."
                        ),
                        "replies": [],
                    },
                ],
            },
            {
                "name": "Peter Novak",
                "email": "peter.novak@example.com",
                "website": "",
                "body": (
                    "Good law, but 4 percent fines only matter if the authority has the staff to investigate. "
                    "Fifteen people for the whole country sounds thin."
                ),
                "replies": [],
            },
        ],
        "correction": (
            "An earlier version of this article said the bill passed by 53 votes to 31. The final tally was 52 "
            "votes to 31."
        ),
    },
    {
        "headline": "Recount confirms 212-vote margin in closely fought district council race",
        "standfirst": (
            "A full hand count of more than 41,000 ballots left the result essentially unchanged, and the "
            "runner-up conceded within an hour."
        ),
        "section": "politics",
        "authors": ["marta-lindqvist"],
        "tags": ["Elections", "Local government"],
        "dateline_place": "COIMBRA",
        "source_credit": "Newsroom",
        "days_ago": 2,
        "hour": 19,
        "featured": False,
        "image_alt": "Illustration: election officials at long tables sorting paper ballots into neat stacks",
        "image_caption": (
            "Counting staff and party observers worked through 58 polling stations’ worth of ballots over three "
            "days."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "A hand recount of every ballot cast in last month’s district council election confirmed this "
                "evening that the independent candidate Inês Cardoso won by 212 votes, ending three weeks of "
                "uncertainty over who will lead the council for the next four years."
            ),
            (
                "The recount, requested by the runner-up, Duarte Salgueiro of the centre-right coalition, shifted "
                "just nine votes in total across 58 polling stations. Election officials said the small "
                "discrepancy was within the normal range for a hand count and was mostly explained by ballots that "
                "had been marked ambiguously."
            ),
            (
                "“The system did exactly what it is supposed to do,” said Fernanda Lobo, the magistrate who "
                "oversaw the count. “Every ballot was seen by representatives of both candidates, and every "
                "disputed ballot was decided in front of them. That is slow and unglamorous, and it is why people "
                "can trust the result.”"
            ),
            (
                "Mr Salgueiro conceded within an hour of the announcement and said he had requested the recount "
                "not out of suspicion but because the margin – about half a percentage point – fell within the "
                "threshold for a review under electoral law. “I wanted certainty for my voters and for hers,” he "
                "told reporters outside the counting hall. “Now we have it, and I congratulate her.”"
            ),
            (
                "The race drew unusual attention because Ms Cardoso, a former secondary-school headteacher, ran "
                "without the backing of any national party. Her campaign focused on school transport and the "
                "planned closure of two rural health posts, issues that analysts say cut across traditional party "
                "lines in the district’s villages."
            ),
            (
                "Turnout was 61 percent, eight points higher than at the previous election, which observers "
                "attributed partly to a campaign by local youth groups to register first-time voters."
            ),
            (
                "Ms Cardoso is due to be sworn in next week. Without a majority on the council, she will need "
                "support from at least two other groups to pass her first budget, a test that is expected before "
                "the end of the year."
            ),
        ],
        "comments": [
            {
                "name": "Paulo Ventura",
                "email": "paulo.ventura@example.com",
                "website": "",
                "body": (
                    "Nine votes changed out of 41,000. Whatever your politics, that is a good advertisement for "
                    "counting by hand."
                ),
                "replies": [],
            },
            {
                "name": "Marisa Teixeira",
                "email": "mteixeira@example.org",
                "website": "",
                "body": "A gracious concession. We could use more of that.",
                "replies": [
                    {
                        "name": "João Rebelo",
                        "email": "jrebelo@example.net",
                        "website": "",
                        "body": (
                            "Gracious, yes, but everyone knew a 212-vote lead would hold. The review threshold is "
                            "too generous and the district paid for three days of counting."
                        ),
                        "replies": [],
                    },
                ],
            },
        ],
        "correction": "",
    },
    {
        "headline": "City council makes residents’ budget permanent after record participation",
        "standfirst": (
            "Residents of Brno will decide each year how to spend 2 percent of the city’s capital budget, after "
            "more than 48,000 people voted in the latest round."
        ),
        "section": "politics",
        "authors": ["marta-lindqvist"],
        "tags": ["Local government", "Cities", "Elections"],
        "dateline_place": "BRNO",
        "source_credit": "Newsroom",
        "days_ago": 20,
        "hour": 17,
        "featured": False,
        "image_alt": (
            "Illustration: residents placing coloured voting tokens into jars labelled with neighbourhood projects"
        ),
        "image_caption": (
            "Projects funded in the latest round range from a skate park to drinking fountains and a repair café."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Brno city council voted yesterday to make its participatory budget a permanent fixture, "
                "guaranteeing that residents will decide each year how to spend 2 percent of the city’s capital "
                "budget – about 190 million koruna at current levels."
            ),
            (
                "The scheme began six years ago as a pilot with a fraction of that sum. Its latest round drew "
                "48,300 votes, roughly one in eight adult residents, and funded 37 projects ranging from a skate "
                "park to drinking fountains and a repair café in a former boiler house. Writing it into the city’s "
                "statutes means a future council cannot scale it back without a three-fifths majority."
            ),
            (
                "“When we started, people told us nobody would vote on benches and footpaths,” said Radka Šťastná, "
                "the councillor who launched the pilot. “It turns out people care very much about benches and "
                "footpaths, especially the ones outside their own front door.”"
            ),
            (
                "Not all councillors were convinced. Opposition members argued that the scheme favours "
                "neighbourhoods with active residents’ groups that can mobilise voters, while quieter districts on "
                "the edge of the city win fewer projects. “Participation is not evenly distributed, so the money "
                "is not either,” said Vojtěch Malý, who voted against the motion."
            ),
            (
                "Council officials acknowledged the imbalance. An analysis published alongside the motion found "
                "that the three most successful districts had received 41 percent of the funding over six years "
                "while accounting for 29 percent of the population. The approved statute includes a compromise: "
                "every district is guaranteed at least one funded project per cycle if it submits an eligible "
                "proposal."
            ),
            (
                "> “The most useful thing about the budget isn’t the money. It’s that people who had never been to "
                "a council meeting now know what one is.” – Libuše Černá, who organised a winning proposal for a "
                "community garden"
            ),
            (
                "Participatory budgets have spread widely since the first large-scale experiments in Brazil in the "
                "late 1980s, and hundreds of European municipalities now run some version of them. Researchers say "
                "the schemes tend to last longest when, as in Brno, they are written into a city’s rules rather "
                "than left to the goodwill of each new administration."
            ),
            (
                "Proposals for the next round open in the spring. For the first time, residents aged 15 and over "
                "will be allowed to vote, a change the council approved in the same session."
            ),
        ],
        "comments": [],
        "correction": "",
    },
    {
        "headline": "Central bank holds rates steady and signals patience on cuts",
        "standfirst": (
            "Policymakers kept the benchmark rate at 3.75 percent for a fourth meeting, saying inflation in "
            "services was easing more slowly than expected."
        ),
        "section": "business",
        "authors": ["daniel-okoye"],
        "tags": ["Interest rates", "Economy", "Banking"],
        "dateline_place": "OSLO",
        "source_credit": "Newsroom",
        "days_ago": 3,
        "hour": 10,
        "featured": False,
        "image_alt": "Illustration: a stone bank facade with a line chart flattening out across its columns",
        "image_caption": (
            "The bank pushed back the likely timing of its first cut by about a quarter in its updated forecasts."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Norway’s central bank kept its policy rate unchanged at 3.75 percent this morning, as widely "
                "expected, and signalled that it is in no hurry to begin cutting borrowing costs while price "
                "growth in services remains stubbornly high."
            ),
            (
                "The decision, the fourth hold in a row, was unanimous. In its accompanying forecast, the bank "
                "pushed back the likely timing of its first cut by roughly a quarter, a shift that sent the krone "
                "modestly higher against the euro in the minutes after the announcement."
            ),
            (
                "“Goods inflation has come down broadly as we expected. Services inflation has not, and services "
                "are where most of the household budget goes,” Ingrid Halvorsen, a member of the monetary policy "
                "committee, told reporters. “We would rather be a little late than have to reverse course.”"
            ),
            (
                "The bank noted that household consumption had been weaker than forecast, with retail volumes flat "
                "over the past six months, and that the share of mortgage holders spending more than a third of "
                "their income on interest had risen. But wage growth of around 5 percent, well above the 2 percent "
                "inflation target, gave policymakers reason for caution."
            ),
            (
                "Economists said the message was clear. “This was a hawkish hold dressed in cautious language,” "
                "said Lars Eikeland, chief economist at a regional savings bank. “The bank is telling markets to "
                "stop pricing in early cuts. Anyone hoping for relief on their mortgage in the next few months "
                "should probably plan without it.”"
            ),
            (
                "Central banks across Europe have taken diverging paths this year, with some already easing as "
                "energy prices fell and others holding out against persistent domestic price pressures. A weaker "
                "krone over the past two years has added to imported inflation, a factor the bank said it was "
                "watching closely."
            ),
            (
                "The next rate decision is due in six weeks, alongside updated forecasts. Ms Halvorsen declined to "
                "rule out a further increase if inflation surprised on the upside, but said that was “not our main "
                "scenario”."
            ),
        ],
        "comments": [
            {
                "name": "Kari Nilsen",
                "email": "kari.nilsen@example.com",
                "website": "",
                "body": (
                    "Four holds in a row and my fixed rate ends soon. Thanks for spelling out what ‘patience’ "
                    "actually means for people like me."
                ),
                "replies": [],
            },
            {
                "name": "Henrik Aas",
                "email": "h.aas@example.net",
                "website": "",
                "body": (
                    "‘Hawkish hold’ is a stretch. Pushing a cut back by one quarter is fine-tuning, not a signal."
                ),
                "replies": [
                    {
                        "name": "Sigrid Berg",
                        "email": "sigrid.berg@example.org",
                        "website": "",
                        "body": "The krone moved within minutes, though, so somebody heard a signal.",
                        "replies": [],
                    },
                ],
            },
        ],
        "correction": "",
    },
    {
        "headline": "Regulators approve €1.8bn battery plant on former shipyard site",
        "standfirst": (
            "The factory, expected to employ 2,100 people at full capacity, won environmental approval after its "
            "developer agreed to recycle all process water and pay for a new rail siding."
        ),
        "section": "business",
        "authors": ["daniel-okoye", "marta-lindqvist"],
        "tags": ["Energy", "Jobs", "Environment", "Economy"],
        "dateline_place": "SETÚBAL",
        "source_credit": "Newsroom",
        "days_ago": 9,
        "hour": 13,
        "featured": False,
        "image_alt": (
            "Illustration: a disused shipyard crane beside a new low factory building with solar panels on its "
            "roof"
        ),
        "image_caption": "The plant will be built on the site of a shipyard that closed more than two decades ago.",
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Portugal’s environmental regulator approved plans yesterday for a €1.8bn battery cell factory on "
                "the site of a former shipyard near Setúbal, clearing the last major obstacle to one of the "
                "largest industrial investments in the region in decades."
            ),
            (
                "The plant, developed by Voltania Cells, a company backed by a group of European vehicle makers "
                "and a state investment fund, will produce lithium iron phosphate cells for electric buses and "
                "grid storage. The company says it will employ about 2,100 people at full capacity, which it "
                "expects to reach within four years of opening."
            ),
            (
                "“This waterfront built ships for a century, and many of the families who worked here still live "
                "within a few kilometres,” said Sofia Valadares, Voltania’s chief executive. “We want their "
                "children to build the next thing.”"
            ),
            (
                "The approval came with 47 conditions. The most significant require the plant to recycle all of "
                "its process water, a response to concerns about drought in the region, and to fund a rail siding "
                "so that most raw materials and finished cells move by train rather than truck. The company must "
                "also monitor air quality at five points around the site and publish the results monthly."
            ),
            (
                "Environmental groups lodged more than 1,200 objections during the public consultation, many "
                "focused on water use and on the estuary’s protected wetlands, which host wintering flamingos and "
                "other wading birds. “The conditions are stronger than we expected, and that is to the credit of "
                "the people who objected,” said Marta Quintela, who coordinates a coalition of local conservation "
                "groups. “Now the question is enforcement. Conditions on paper do not protect a single bird.”"
            ),
            (
                "The project is part of a wider push by European governments to build domestic battery production "
                "and reduce reliance on imports. Several planned gigafactories elsewhere in Europe have been "
                "delayed or scaled back as demand for electric cars grew more slowly than forecast, and analysts "
                "saw Voltania’s focus on buses and grid storage as a hedge against that uncertainty."
            ),
            (
                "Site preparation is due to begin within months, with the first production line scheduled to start "
                "in about three years. The regional employment agency said it would open a training centre with a "
                "local polytechnic, offering courses in electrochemistry and automated manufacturing."
            ),
        ],
        "comments": [
            {
                "name": "Rita Fonseca",
                "email": "rita.fonseca@example.com",
                "website": "",
                "body": (
                    "My father worked at the shipyard until it closed. Lots of mixed feelings in our street today, "
                    "but mostly hope."
                ),
                "replies": [],
            },
            {
                "name": "Nuno Matias",
                "email": "nuno.matias@example.net",
                "website": "",
                "body": (
                    "Recycling all process water sounds good, but who checks it? Monthly air reports are a start."
                ),
                "replies": [
                    {
                        "name": "Helena Brito",
                        "email": "hbrito@example.org",
                        "website": "https://example.org/",
                        "body": (
                            "According to the decision, the regulator audits the water data twice a year and can "
                            "order unannounced inspections. It’s in one of the annexes."
                        ),
                        "replies": [],
                    },
                ],
            },
            {
                "name": "Colin Ward",
                "email": "colin.ward@example.com",
                "website": "",
                "body": (
                    "Smart to aim at buses and grid storage rather than cars. That market is crowded enough "
                    "already."
                ),
                "replies": [],
            },
        ],
        "correction": "",
    },
    {
        "headline": "Two cooperative banks agree merger to form region’s largest member-owned lender",
        "standfirst": (
            "The combined bank will have 412,000 members and 138 branches, and its leaders have promised no "
            "compulsory redundancies and no branch closures for three years."
        ),
        "section": "business",
        "authors": ["daniel-okoye"],
        "tags": ["Banking", "Cooperatives", "Economy", "Jobs"],
        "dateline_place": "BOLOGNA",
        "source_credit": "Newsroom",
        "days_ago": 31,
        "hour": 8,
        "featured": False,
        "image_alt": "Illustration: two arched bank doorways joined by a single stone step under a shared awning",
        "image_caption": (
            "Both banks trace their roots to rural credit societies founded in the late nineteenth century."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Two of northern Italy’s oldest cooperative banks agreed this morning to merge, creating a "
                "member-owned lender with 412,000 members, 138 branches and total assets of about €19bn, their "
                "boards said in a joint statement."
            ),
            (
                "The deal brings together Banca Cooperativa dell’Appennino, founded in 1891 to lend to hill "
                "farmers, and Cassa Rurale della Pianura, which grew out of a network of village credit societies "
                "on the plains north of the city. Both have faced the same pressures as cooperative lenders across "
                "Europe: the cost of new technology, stricter capital rules and a generation of customers who "
                "rarely set foot in a branch."
            ),
            (
                "“Alone, each of us would have spent the next decade cutting to survive. Together we can spend it "
                "investing,” said Giulia Ferrante, chief executive of Banca Cooperativa dell’Appennino, who will "
                "lead the combined bank. “The one thing that does not change is that the bank belongs to the "
                "people who bank with it.”"
            ),
            (
                "The boards promised no compulsory redundancies and no branch closures for three years, "
                "commitments that helped secure the support of the two banks’ unions. Savings are expected to come "
                "from merging IT systems and back offices, which executives estimate will cut annual costs by €45m "
                "once complete."
            ),
            (
                "Members must still approve the merger at extraordinary general meetings, where each member has "
                "one vote regardless of the size of their holding. Some long-standing members have voiced concern. "
                "“A bank twice the size is a bank where each of us counts half as much,” said Franco Bellini, a "
                "retired dairy farmer who has chaired his village’s members’ council for 22 years. “I want to see "
                "how local branches keep a say over lending.”"
            ),
            (
                "In response to such concerns, the banks said each existing local members’ council would be kept "
                "and given a formal role in approving small-business loans below €250,000. The combined board will "
                "have 15 members, with seats allocated so that both the hill and plain territories are "
                "represented."
            ),
            (
                "Analysts said the deal was likely to be the first of several in the sector. “There are too many "
                "small cooperative banks with the same costs and the same problems,” said Alessandra Rinaldi, a "
                "banking analyst at a Milan brokerage. If members approve, the merger would take legal effect at "
                "the start of next year, with customers moving to a single banking app within twelve months."
            ),
        ],
        "comments": [
            {
                "name": "Luca Bernardi",
                "email": "luca.bernardi@example.com",
                "website": "",
                "body": (
                    "My grandfather opened an account at the Appennino bank when it still had a counter in the "
                    "village bar. Glad the local councils survive the merger."
                ),
                "replies": [],
            },
            {
                "name": "Chiara Conti",
                "email": "chiara.conti@example.org",
                "website": "",
                "body": (
                    "No closures for three years means closures in year four. I’d like to see that promise last "
                    "longer, and in writing."
                ),
                "replies": [],
            },
        ],
        "correction": (
            "An earlier version of this article misstated the number of members of the combined bank. It is "
            "412,000, not 4.12 million."
        ),
    },
    {
        "headline": "Warm season moves wine harvest three weeks ahead of the long-term average",
        "standfirst": (
            "Pickers were in Bordeaux vineyards far earlier than their grandparents would have been, as growers "
            "adapt varieties, schedules and working hours to a warmer climate."
        ),
        "section": "business",
        "authors": ["daniel-okoye", "priya-raman"],
        "tags": ["Agriculture", "Climate", "Economy"],
        "dateline_place": "BORDEAUX",
        "source_credit": "Newsroom",
        "days_ago": 38,
        "hour": 15,
        "featured": False,
        "image_alt": "Illustration: grape pickers with head torches moving between rows of vines before dawn",
        "image_caption": (
            "Many estates now pick at night and in the early morning to keep grapes cool and protect workers from "
            "the heat."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Grape pickers moved into vineyards across Bordeaux this week, about three weeks earlier than the "
                "long-term average, after a warm and unusually dry growing season brought the fruit to ripeness "
                "ahead of schedule."
            ),
            (
                "The early start no longer surprises anyone in the region. Growers and researchers say the harvest "
                "date has moved forward by roughly two weeks since the 1980s, and this year’s start underlines how "
                "quickly estates are adapting their grape varieties, picking schedules and even working hours to a "
                "warmer climate."
            ),
            (
                "“My grandfather picked in October, my father in late September, and I am picking before some of "
                "my neighbours are back from holiday,” said Hélène Castaing, who runs a 22-hectare family estate "
                "east of the city. “The grapes are healthy and the quantity is good. What worries me is the sugar "
                "– warm years give you stronger wines whether you want them or not.”"
            ),
            (
                "To keep grapes cool and protect workers, many estates now pick at night and in the early morning, "
                "stopping by 11 a.m. Several cooperatives have invested in refrigerated trailers so that fruit can "
                "be chilled before it reaches the winery, preserving acidity that is lost quickly in the heat."
            ),
            (
                "Growers say interest is rising in a small number of heat-tolerant grape varieties approved for "
                "limited use in the region several years ago. Varieties from southern Europe that ripen later and "
                "hold their acidity occupy only a tiny fraction of the vineyard area so far, but nurseries report "
                "waiting lists for young vines."
            ),
            (
                "“We are not trying to turn Bordeaux into somewhere else,” said Julien Marsac, a viticulture "
                "researcher who runs trials of the new varieties. “We are trying to keep Bordeaux tasting like "
                "Bordeaux in a climate that increasingly resembles one a few hundred kilometres to the south.”"
            ),
            (
                "Trade groups said quality looked promising but warned that prices remained under pressure from "
                "weak export demand and a surplus of wine in storage. Some growers are receiving public support to "
                "pull up vines, even as others replant with new varieties."
            ),
            (
                "Most estates expect to finish picking red grapes within four weeks. Merchants will taste the new "
                "wines for the first time next year, when they will get an indication of whether the warm season "
                "produced a vintage to remember or merely an early one."
            ),
        ],
        "comments": [],
        "correction": "",
    },
    {
        "headline": "Alpine glacier network switches to year-round automatic monitoring",
        "standfirst": (
            "Solar-powered stations on 14 glaciers now send measurements every hour, filling the gaps between "
            "twice-yearly field surveys that left scientists blind during the months when most melting happens."
        ),
        "section": "science",
        "authors": ["priya-raman"],
        "tags": ["Climate", "Research", "Environment"],
        "dateline_place": "INNSBRUCK",
        "source_credit": "Newsroom",
        "days_ago": 1,
        "hour": 11,
        "featured": False,
        "image_alt": (
            "Illustration: a slim metal tripod with a small solar panel standing on a glacier beneath jagged peaks"
        ),
        "image_caption": (
            "Each station is frozen into the ice and sinks with the surface as it melts; field teams reset them "
            "twice a year."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "A network of 42 solar-powered monitoring stations on 14 Alpine glaciers went fully operational "
                "this week, giving scientists hourly measurements of ice melt, snowfall and surface temperature "
                "for the first time across an entire mountain range."
            ),
            (
                "Until now, most glacier measurements in the Alps relied on teams of researchers hiking out to "
                "drill stakes into the ice in spring and read them again in autumn. The new network, funded by a "
                "consortium of universities and national weather services from four countries, does not replace "
                "those surveys but fills in the months between them – the period when most melting happens and "
                "when rapid changes are hardest to track."
            ),
            (
                "“We used to get two photographs a year and try to imagine the film in between,” said Katharina "
                "Egger, the glaciologist who coordinates the network. “Now we see the film. We can see exactly "
                "which heatwave, which dust storm, which week of rain made the difference.”"
            ),
            (
                "Each station consists of a tripod frozen into the ice, carrying a sonic sensor that measures the "
                "distance to the surface, a small weather station and a satellite modem. The tripods sink with the "
                "ice as it melts and are reset by field teams twice a year. During trials, four stations were "
                "buried by snow for several weeks; engineers have since fitted taller masts."
            ),
            "## Desert dust and sudden melt",
            (
                "Early data have already produced surprises. During a single warm week at the end of the trial "
                "season, stations on two glaciers recorded melt rates nearly three times higher than on a "
                "neighbouring glacier at similar altitude. Researchers traced the difference to a layer of Saharan "
                "dust deposited months earlier, which darkened the surface and made it absorb more sunlight."
            ),
            (
                "“That is the kind of detail that matters for models of future water supply,” said Matteo "
                "Pellegrini, a hydrologist at a partner institute in northern Italy. “Rivers in the plains depend "
                "on glacier melt in late summer. If we misjudge how fast it happens, we misjudge how much water "
                "farmers and power plants will have.”"
            ),
            (
                "All data from the network will be published openly within a day of collection. The consortium "
                "hopes to extend the system to glaciers in the Pyrenees and Scandinavia within three years, "
                "subject to funding decisions expected next year."
            ),
        ],
        "comments": [
            {
                "name": "Thomas Gruber",
                "email": "t.gruber@example.com",
                "website": "",
                "body": (
                    "I’ve hiked past one of those tripods on the way to a hut and wondered what it was. Great to "
                    "know – and great that the data will be open."
                ),
                "replies": [],
            },
            {
                "name": "Elena Rossi",
                "email": "elena.rossi@example.net",
                "website": "",
                "body": (
                    "The dust finding is fascinating. Does the network measure dust directly, or only infer it "
                    "from the melt?"
                ),
                "replies": [
                    {
                        "name": "Jonas Meier",
                        "email": "jonas.meier@example.org",
                        "website": "https://example.org/",
                        "body": (
                            "As I understand it, several stations carry sensors that measure how much sunlight the "
                            "surface reflects, which is how they spotted it. Confirming it is dust still takes "
                            "samples from the field."
                        ),
                        "replies": [],
                    },
                ],
            },
        ],
        "correction": "",
    },
    {
        "headline": "Space-weather satellite launches to give earlier warning of solar storms",
        "standfirst": (
            "Halo-1 will watch the solar wind from about 1.5 million kilometres away, giving power grids and "
            "satellite operators up to an hour’s notice of geomagnetic storms."
        ),
        "section": "science",
        "authors": ["priya-raman"],
        "tags": ["Space", "Research", "Technology", "Energy"],
        "dateline_place": "KOUROU",
        # 01:00 on the site's clock (UTC) is 22:00 the evening before at the launch site: the dateline says so.
        "dateline_time_zone": "America/Cayenne",
        "source_credit": "Newsroom Wire",
        "days_ago": 11,
        "hour": 1,
        "featured": False,
        "image_alt": (
            "Illustration: a small box-shaped satellite with unfolded solar wings, the Sun glowing behind it"
        ),
        "image_caption": (
            "Halo-1 is the first in a planned series of small, replaceable spacecraft built to feed operational "
            "forecasts."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "A small satellite designed to give earlier warning of solar storms lifted off from Europe’s "
                "spaceport in French Guiana this evening, beginning a four-month journey to a vantage point about "
                "1.5 million kilometres from Earth in the direction of the Sun."
            ),
            (
                "The spacecraft, called Halo-1, will measure the speed, density and magnetic orientation of the "
                "solar wind before it reaches Earth, giving operators of power grids, satellites and aviation "
                "networks between 20 and 60 minutes’ notice of a geomagnetic storm. The mission is funded by a "
                "consortium of seven national weather services and is built specifically to feed operational "
                "forecasts rather than scientific research."
            ),
            (
                "“For forecasters, the solar wind is like a weather front you can only see once it is overhead,” "
                "said Sara Lindgren, the mission’s lead scientist. “Halo-1 puts a weather station upstream. An "
                "hour is not much, but it is enough to reconfigure a grid or put a satellite into safe mode.”"
            ),
            "## Replacing ageing sentinels",
            (
                "Most real-time solar wind data today come from a handful of research satellites launched years or "
                "decades ago, several of them well beyond their design lives. Space-weather forecasters have "
                "warned that a single failure could leave them without upstream measurements. Halo-1 is intended "
                "as the first of a series of small, relatively cheap spacecraft that can be replaced every few "
                "years."
            ),
            (
                "Grid operators welcomed the launch. “Strong geomagnetic storms can induce currents in long "
                "transmission lines that put stress on transformers,” said Markus Feldmann, head of operational "
                "resilience at a central European transmission company. “With reliable warning we can adjust power "
                "flows and postpone maintenance. Without it, we are guessing.”"
            ),
            (
                "Storms are most frequent around the peak of the Sun’s roughly 11-year activity cycle, when they "
                "can produce auroras visible far from the poles. Most cause little more than minor disruption to "
                "radio and satellite navigation, but engineers plan for rarer, extreme events that could damage "
                "infrastructure."
            ),
            (
                "Mission controllers confirmed that the spacecraft had separated from its rocket and deployed its "
                "solar panels about an hour after launch. Data are expected to reach forecasters after a "
                "commissioning period of about five months, and a second spacecraft is scheduled to launch in "
                "three years."
            ),
        ],
        "comments": [
            {
                "name": "Oliver Grant",
                "email": "oliver.grant@example.com",
                "website": "",
                "body": (
                    "Saw the aurora from my garden last year and had no idea how thin the warning system was. Glad "
                    "someone is building spares."
                ),
                "replies": [],
            },
            {
                "name": "Rahul Menon",
                "email": "rmenon@example.org",
                "website": "https://example.org/",
                "body": (
                    "Worth adding that an hour of warning is the best case. For the fastest storms it can be "
                    "closer to 15 minutes."
                ),
                "replies": [
                    {
                        "name": "Birgit Hansen",
                        "email": "birgit.h@example.net",
                        "website": "",
                        "body": "Even 15 minutes is worth a lot when you’re running a grid. Good explainer.",
                        "replies": [],
                    },
                ],
            },
        ],
        "correction": "",
    },
    {
        "headline": "Andean seed bank doubles vault space to store wild relatives of crops",
        "standfirst": (
            "A new underground chamber will hold up to 60,000 samples, with priority for the wild cousins of "
            "potatoes, quinoa and beans that may carry traits for heat and drought tolerance."
        ),
        "section": "science",
        "authors": ["priya-raman"],
        "tags": ["Agriculture", "Research", "Environment"],
        "dateline_place": "CUSCO",
        "dateline_time_zone": "America/Lima",
        "source_credit": "Newsroom",
        "days_ago": 26,
        "hour": 10,
        "featured": False,
        "image_alt": "Illustration: rows of labelled seed packets on metal shelves inside a chamber cut into rock",
        "image_caption": "The new vault is kept at minus 18C and is insulated by the surrounding mountainside.",
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "A seed bank in the Peruvian Andes opened a second underground vault yesterday, doubling its "
                "storage capacity to 120,000 samples and giving researchers room to collect the wild relatives of "
                "crops that scientists say could help farmers adapt to a hotter, drier climate."
            ),
            (
                "The Andean Crop Diversity Centre, which has stored seeds and tubers from the region’s farming "
                "communities for more than two decades, says the expansion will focus on species that are rarely "
                "grown but genetically valuable: wild potatoes that survive frost on bare hillsides, wild beans "
                "that tolerate poor soils and relatives of quinoa adapted to salty ground."
            ),
            (
                "“A wild potato growing on a rock at 4,000 metres has solved problems our plant breeders are still "
                "working on,” said Lucía Mamani, the centre’s director. “If that plant disappears because a road "
                "is built or a slope is overgrazed, the solution disappears with it.”"
            ),
            (
                "The new chamber, dug into the hillside behind the existing building, is kept at minus 18 degrees "
                "Celsius by a cooling system powered by solar panels and backed up by the natural insulation of "
                "the rock. Engineers say the vault would stay below freezing for several weeks even if all power "
                "failed."
            ),
            (
                "> “We do not keep seeds in a freezer so that they stay in a freezer. We keep them so that they "
                "can go back to the fields.” – Lucía Mamani, director of the Andean Crop Diversity Centre"
            ),
            (
                "Unlike many genebanks, the centre works directly with farming communities, which keep rights over "
                "the varieties they deposit and can withdraw seed at any time. Several villages reclaimed potato "
                "varieties from the vault after a severe frost destroyed their own stocks seven years ago."
            ),
            (
                "“My grandmother kept thirty kinds of potato. After the frost we had four,” said Teodoro Quispe, a "
                "farmer and community leader from a village above the Sacred Valley. “The centre gave us back the "
                "rest. People here understand now that the vault is not a museum. It is a granary.”"
            ),
            (
                "Collecting teams will begin surveying wild populations in three regions next season, working with "
                "botanists from national universities. The centre also plans to send duplicate samples of its most "
                "important collections to a genebank abroad, a standard safeguard against local disasters."
            ),
        ],
        "comments": [],
        "correction": "",
    },
    {
        "headline": "Jazz festival moves into converted tram depot with room for 4,000",
        "standfirst": (
            "After a decade in tents on the riverbank, the Maaskade Jazz Festival will stage future editions in a "
            "restored 1920s depot with three stages and a year-round club."
        ),
        "section": "culture",
        "authors": ["tomas-herrera"],
        "tags": ["Music", "Cities", "Heritage"],
        "dateline_place": "ROTTERDAM",
        "source_credit": "Newsroom",
        "days_ago": 5,
        "hour": 14,
        "featured": False,
        "image_alt": (
            "Illustration: a brick tram depot with tall arched windows, a double bass silhouetted in the doorway"
        ),
        "image_caption": "The depot’s main hall will hold 2,500 people beneath its original steel roof trusses.",
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "The Maaskade Jazz Festival will move into a converted 1920s tram depot in Rotterdam’s eastern "
                "docklands, its organisers announced yesterday, giving one of the country’s best-loved mid-sized "
                "festivals a permanent home after a decade of pitching tents on the riverbank."
            ),
            (
                "The depot, which has stood largely empty since its last trams left in the 1970s, will be rebuilt "
                "around three stages: a main hall for 2,500 people beneath the original steel roof trusses, a "
                "900-seat concert room and a basement club for 600 that will host gigs all year round. The €24m "
                "conversion is being funded by the city, a heritage fund and a housing developer building "
                "apartments on adjacent land."
            ),
            (
                "“Tents are romantic for about twenty minutes, and then it rains,” said Esther Bakker, the "
                "festival’s artistic director. “Musicians have been asking us for years for a room with real "
                "acoustics. Now we can book artists who would never have played under canvas, and we can keep the "
                "lights on between festivals.”"
            ),
            (
                "Acoustic engineers have kept the depot’s long, narrow main hall but lined it with timber salvaged "
                "from demolished warehouses nearby, and installed adjustable curtains so that the room can be "
                "tuned for anything from a solo pianist to a 17-piece big band."
            ),
            (
                "Some long-time visitors worry that a permanent venue will push up ticket prices and change the "
                "festival’s informal character. Organisers say day passes will stay below €60 and that the outdoor "
                "riverside stage will remain free, funded by the bar and by a new membership scheme for the "
                "year-round club."
            ),
            (
                "“The festival grew up in a field with cheap beer and everybody sitting on the grass. I hope it "
                "doesn’t lose that,” said Ruud Janssen, a saxophonist who has played at every edition. “But I’ve "
                "also tuned my instrument in a tent at 90 percent humidity. I won’t miss that.”"
            ),
            (
                "Construction is due to finish in time for the festival’s eleventh edition. The first concerts in "
                "the basement club – a series of late-night sessions programmed by students from the city’s "
                "conservatory – are scheduled a month earlier, as a test run for the new space."
            ),
        ],
        "comments": [
            {
                "name": "Sanne de Vries",
                "email": "sanne.devries@example.com",
                "website": "",
                "body": (
                    "Finally! Ten years of muddy boots. Please keep the riverside stage free – that’s where I "
                    "discovered half my record collection."
                ),
                "replies": [
                    {
                        "name": "Bram Visser",
                        "email": "bram.visser@example.org",
                        "website": "",
                        "body": (
                            "They’ve promised the outdoor stage stays free. I’ll believe it when I see next year’s "
                            "programme, but so far so good."
                        ),
                        "replies": [],
                    },
                ],
            },
            {
                "name": "Hugo Martens",
                "email": "hugo.martens@example.net",
                "website": "https://example.net/",
                "body": (
                    "The depot is a beautiful building. Glad it will be used for music rather than turned into "
                    "another supermarket."
                ),
                "replies": [],
            },
        ],
        "correction": "",
    },
    {
        "headline": "Museum returns 31 ceremonial textiles to weaving communities in Oaxaca",
        "standfirst": (
            "The textiles, bought by a Swedish engineer in the 1920s, were handed over to a delegation of Zapotec "
            "weavers who will study them before they go on display in a community museum."
        ),
        "section": "culture",
        "authors": ["tomas-herrera"],
        "tags": ["Museums", "Heritage"],
        "dateline_place": "GOTHENBURG",
        "source_credit": "Newsroom",
        "days_ago": 17,
        "hour": 12,
        "featured": False,
        "image_alt": (
            "Illustration: a folded woven sash in red and indigo resting on acid-free tissue in an open archive "
            "box"
        ),
        "image_caption": (
            "One of the returned sashes, decorated with a folded-wing bird motif that weavers say is no longer "
            "made."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "A Gothenburg museum formally returned 31 ceremonial textiles to Zapotec weaving communities in "
                "the southern Mexican state of Oaxaca yesterday, ending a four-year process that began when a "
                "weaver recognised a pattern she had only ever heard described by her grandmother."
            ),
            (
                "The textiles – wedding garments, sashes and a ceremonial cloth thought to be about 200 years old "
                "– were bought by a Swedish engineer working in Mexico in the 1920s and donated to the Carlander "
                "Museum after his death. The museum’s own research found that several had been acquired from "
                "families under financial pressure, and that no record existed of their consent to the objects "
                "leaving the country."
            ),
            (
                "“We could keep debating whether the purchase was legal by the standards of a century ago,” said "
                "Anna Sjöberg, the museum’s director. “Or we could ask who these objects mean the most to today. "
                "Once we asked the second question, the answer was not difficult.”"
            ),
            (
                "The weaver, Rosa Martínez Cruz, travelled to Sweden with community representatives for the "
                "handover. She first saw one of the sashes in the museum’s online catalogue and wrote to ask for "
                "better photographs."
            ),
            (
                "“My grandmother described this design to me, a bird with its wings folded, and told me nobody "
                "made it any more,” Ms Martínez Cruz said through an interpreter. “When I saw it on the screen, I "
                "cried. Now our young weavers can learn it from the cloth itself, not from a story.”"
            ),
            (
                "The return follows similar decisions by museums across Europe, many of which have set up review "
                "processes for objects acquired during colonial periods or in unclear circumstances. The Carlander "
                "Museum said it had reviewed about 4,000 objects from the Americas in its collection and "
                "identified 120 that warranted further research into how they were acquired."
            ),
            (
                "> “Returning an object is not the end of a relationship with a community. Done well, it is the "
                "beginning of one.” – Anna Sjöberg, director of the Carlander Museum"
            ),
            (
                "The textiles will be kept at a community museum in the Sierra Sur region, where weavers plan to "
                "study the techniques before the pieces go on public display next year. The Carlander Museum will "
                "keep high-resolution photographs and has agreed to co-organise a travelling exhibition with the "
                "community in both countries."
            ),
        ],
        "comments": [],
        "correction": "",
    },
    {
        "headline": "Tampere libraries report record lending year, led by children’s books and borrowed tools",
        "standfirst": (
            "Loans rose 9 percent to 4.6 million, driven by e-books, children’s titles and a fast-growing ‘library "
            "of things’ that lends everything from drills to snowshoes."
        ),
        "section": "culture",
        "authors": ["tomas-herrera"],
        "tags": ["Books", "Cities", "Local government"],
        "dateline_place": "TAMPERE",
        "source_credit": "Newsroom",
        "days_ago": 44,
        "hour": 11,
        "featured": False,
        "image_alt": (
            "Illustration: a bright library hall with children reading on floor cushions and a rack of skis by the "
            "counter"
        ),
        "image_caption": (
            "The library’s collection of lendable objects grew from 300 to more than 1,100 items over the year."
        ),
        "image_credit": "Illustration: Newsroom",
        "paragraphs": [
            (
                "Tampere’s public libraries lent 4.6 million items last year, the most in their history, according "
                "to figures released yesterday, as residents borrowed more children’s books, more e-books and a "
                "growing collection of everyday objects from sewing machines to snowshoes."
            ),
            (
                "Total loans rose 9 percent from the previous year, and visits to the city’s 14 branches topped "
                "2.3 million. Library officials said the figures challenged the assumption that public libraries "
                "were in long-term decline, and pointed to longer opening hours and new services as the main "
                "drivers."
            ),
            (
                "“People talk about libraries as if they were a nostalgic habit,” said Leena Koskinen, the city’s "
                "head of library services. “Our busiest hour of the week is Saturday morning, and it is full of "
                "parents with toddlers and teenagers doing homework. That is not nostalgia. That is a "
                "neighbourhood.”"
            ),
            "## Drills, skis and a karaoke machine",
            (
                "The fastest-growing category was the “library of things”, which expanded from 300 to more than "
                "1,100 items over the year. The most borrowed objects were a pair of cordless drills, a set of "
                "cross-country skis in children’s sizes and a karaoke machine that, staff said, has been reserved "
                "every weekend since it arrived."
            ),
            (
                "Children’s books accounted for almost a third of all loans, and e-book and audiobook borrowing "
                "rose 22 percent. Adult print fiction was flat, a trend librarians attributed partly to long "
                "waiting lists for popular titles, which the city has promised to address by increasing its "
                "acquisitions budget."
            ),
            (
                "“I came in for a book about mushrooms and left with a food dehydrator,” said Jussi Lehtonen, a "
                "retired bus driver who has used the library of things since it opened. “My wife says the library "
                "is the reason our kitchen has no space left.”"
            ),
            (
                "The city plans to extend self-service hours, when members can let themselves in with a library "
                "card outside staffed times, to all branches by the end of the year. Officials are also studying "
                "whether to lend electric cargo bikes, a proposal that has already drawn more than 600 responses "
                "in a public consultation."
            ),
        ],
        "comments": [
            {
                "name": "Maija Virtanen",
                "email": "maija.virtanen@example.com",
                "website": "",
                "body": (
                    "We borrowed the children’s skis twice last winter. Saved us a small fortune, and the kids "
                    "felt very official signing for them."
                ),
                "replies": [],
            },
            {
                "name": "Tom Ellis",
                "email": "tom.ellis@example.org",
                "website": "",
                "body": (
                    "Lovely story. Our library at home started lending tools last year and the drill has never "
                    "once been on the shelf."
                ),
                "replies": [],
            },
        ],
        "correction": "",
    },
]
