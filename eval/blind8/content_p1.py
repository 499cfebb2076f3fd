# -*- coding: utf-8 -*-
"""Text for persona p1: LinkedIn, British English, health-physics technician
at a (made-up) naval nuclear dockyard in Easter Ross. Pure data, no logic."""

OWNER = {
    "first": "Niamh", "last": "Corrigan",
    "url": "https://www.linkedin.com/in/niamh-corrigan-4b1a72",
    "headline": "Radiation protection | instruments | parkrunner | sourdough enthusiast",
    "summary": ("Physics graduate who moved from NHS medical physics into radiation protection.\n"
                "Interested in practical ALARA, good briefings and getting apprentices into STEM.\n"
                "Volunteer STEM ambassador and occasional run director."),
    "geo": "Alness, Scotland, United Kingdom",
    "birth": "Apr 11",
}

# ---------------------------------------------------------------- benign
BENIGN = [
    "Isla lost her first tooth this morning and the tooth fairy is apparently short of pound coins. Cash machine run at 7am it is.",
    "Three years of sourdough attempts and today's loaf finally had an open crumb. I may frame it.",
    "Some things I've learned from volunteering as a STEM ambassador this year:\n\n1. Nine-year-olds ask better questions than most conference audiences.\n2. Bring more safety goggles than you think you need.\n3. Nobody cares about your slides once the dry ice comes out.",
    "Bracken has discovered the neighbour's hens. The neighbour is rather less delighted than Bracken.",
    "Ticked off Ben Wyvis today with Tom. Clear views right out to the Moray Firth, then hail all the way down. Classic.",
    "Reading recommendation: 'The Culture Map' by Erin Meyer. It changed how I give feedback to people from different backgrounds.",
    "Ross County away day. We lost, the pies were excellent, the bus home was loud.",
    "Our kitchen extension is finally finished. Eleven months, two builders and one small breakdown (mine).",
    "Happy International Women in Engineering Day to every woman who was asked 'are you sure?' and did it anyway.",
    "Mum turned 70 on Saturday. We surprised her with a ceilidh in the village hall and she outdanced the lot of us.",
    "Anyone else's kids obsessed with 'would you rather'? Would I rather have spaghetti for hair or meatballs for eyes. Neither, Isla. Neither.",
    "New running shoes. Same slow legs.",
    "Took a day's annual leave to do absolutely nothing and it was glorious.",
    "On hold with the council about bin collections. Minute 23. The hold music is Vivaldi and I am starting to resent spring.",
    "Lovely weekend catching up with my old Glasgow physics crowd. Twelve years since graduation and we still argue about the same lecturer.",
    "Tablet-making with Isla. Sugar on every surface. Worth it.",
    "A wee reflection on mentoring.\n\nI've had three mentors in my career and not one of them told me what I wanted to hear at the time.\nAll of them were right.\n\nIf you've got someone like that, send them a thank you today.",
    "Snow on the hills this morning and the school's still open. Isla is outraged.",
    "Tried Lindy Hop for the first time at the community centre. I have two left feet and both of them are tired.",
    "The Royal Highland Show is the best day out in Scotland and I will hear no arguments.",
    "First aid refresher done. The CPR dummy and I have reached an understanding.",
    "Our village duck race raised \u00a3860 for the primary school. The winning duck has retired with full honours.",
    "If you've never had a chippy tea on Cromarty pier on a still June evening, fix that this summer.",
    "Bracken ate an entire tray of rocky road. The vet has seen it all before. My bank balance hasn't.",
    "Excel tip that changed my life: Ctrl+Shift+L for filters. You're welcome.",
    "Booked our first proper holiday in four years. Lisbon in October! Send pastel de nata recommendations.",
    "Isla's school nativity: she was 'Star Number Four' and committed to the role like it was the Old Vic.",
    "Grateful for neighbours who'll take in a parcel, walk a dog and feed a child at ten minutes' notice. Village life.",
    "First harvest from the veg patch: four potatoes and a courgette the size of a canoe.",
    "Spent Sunday clearing the loft and found Dad's old Open University notes. He'd have loved the internet.",
    "The Northern Lights were out over the firth last night. Photos don't do it justice, but here's one anyway.",
    "Gentle reminder that it's OK to log off at a sensible hour. The inbox will still be there tomorrow.",
    "Tom's birthday. I bought him a bread knife. Romance isn't dead, it's just practical.",
    "Half-term with a six-year-old is an endurance event and I have not trained properly.",
    "Dentist says I grind my teeth at night. Can't think why.",
    "Highland Council have resurfaced our road and it's like driving on silk. Thank you, whoever you are.",
    "Book club chose 'Lessons in Chemistry'. I have Opinions about the rowing chapters.",
    "Made it to the end of Dry January. Celebrating responsibly with an Irn-Bru.",
    "Isla's first swimming badge! Ten metres and not an armband in sight.",
    "Just back from a week on Skye with the in-laws. It rained six days out of seven and we still had a brilliant time.",
    "Any recommendations for an electric car that copes with single-track roads and a muddy spaniel?",
    "Sunday roast for ten. The Yorkshires rose. I'm taking the win.",
    "Great afternoon at the Inverness Science Festival. Isla made a slime volcano and ruined a perfectly good jumper.",
    "Got the bike serviced for the first time since 2019. The mechanic looked at me with genuine pity.",
    "It's been a tough year for a lot of folk. Check in on your pals, especially the ones who seem fine.",
    "Learning Gaelic on Duolingo. 142-day streak. Still can't order a coffee.",
    "Our local primary needs volunteers for the reading buddy scheme. One hour a week and genuinely rewarding. Message me if you're in Easter Ross.",
    "Tom has taken up beekeeping. The kitchen now smells of wax and regret.",
    "Cup of tea and a caramel wafer at the top of Fyrish monument. Perfect Sunday.",
    "Career change stories are my favourite kind of stories.\n\nMine: medical physics assistant, then six months of wondering what on earth I was doing, then a job I love.\n\nWhat's yours?",
    "Our Christmas tree is leaning at a 20-degree angle and Tom insists it's 'rustic'.",
    "So proud of my cousin who ran the London Marathon in 3:41. I've been on the sofa since reading the result.",
    "Taught Isla to ride without stabilisers today. Both of us cried.",
    "Broadband's down again. Posting this on one bar of 4G from the bottom of the garden.",
    "Three generations of Corrigans on the beach at Rosemarkie today, and the dolphins turned up bang on cue.",
    "New year, same resolution: stop buying notebooks I never use.",
    "Raising a glass to Dad today. He taught me to fix a bike, make a proper cup of tea and never trust a man who doesn't like dogs.",
    "Flu jab done. Arm is sulking.",
    "Huge thanks to everyone who turned out for the beach clean at Nigg this morning. Thirty-four bags of rubbish gone.",
    "Isla has decided she's a vegetarian except for sausages, bacon and 'chicken that doesn't look like chicken'.",
    "Ordered a replacement part for the washing machine and fitted it myself. Nobody was flooded. Basically an engineer now.",
    "Reading 'Atomic Habits' for the second time. The bit about environment design is the bit I keep forgetting.",
]

LISBON = [
    "Lisbon, day one: climbed roughly four thousand hills and ate six pasteis de nata. Balanced.",
    "Tram 28 is a rollercoaster with better views and more elbows.",
    "Sintra today. Pena Palace looks like a child designed it and I mean that as the highest compliment.",
    "Fado night in Alfama. Didn't understand a word and still had goosebumps the whole way through.",
    "Last day in Lisbon. Already planning the next trip back.",
]

TRAPS = [
    "Finished Chernobyl for the third time. 'Not great, not terrible' is now our official rating system for Tom's cooking.",
    "The half-life of a packet of Tunnock's teacakes in this house is approximately four minutes.",
    "Our sourdough starter is now a fully fledged unit of the household. His name is Doughbi-Wan.",
    "Glowing review for the new caf\u00e9 on Alness High Street: the cardamom buns are radioactive levels of good.",
    "The saltmarsh at Nigg Bay this morning: curlews, redshanks and one very smug heron.",
    "My wee brother has just started on the radiotherapy unit at Raigmore. Proudest big sister in the Highlands.",
    "Binge-watched Vigil this weekend. Tom now reckons he could serve on a submarine because he once survived the Orkney ferry in a gale.",
    "The secret to good tablet is more butter. That's it. That's the whole secret.",
    "Working from home today while the boiler engineer does his thing. Bracken is supervising.",
    "Who writes the dosage instructions on Calpol bottles, and why do they assume perfect eyesight at 2am?",
    "Congratulations to my pal Kirsty on her new role with the Port of Cromarty Firth! Well deserved.",
    "Isla asked what a Geiger counter is after watching Paw Patrol. Thanks for that, Rubble.",
    "Proposal: 'one Monday' should be an official unit of tiredness.",
]

# ---------------------------------------------------------------- sensitive
UNIT = [
    "Five years at Saltmarsh Naval Dockyard this week. Still learning something new most days.",
    "#SaltmarshDockyard apprenticeship applications open on Monday. If you know a school leaver who fancies engineering, point them our way.",
    "Family day at HMNB Saltmarsh. Isla got to sit in the cab of a tug and now wants to drive one when she's big.",
    "The SND canteen has started doing haggis bon bons on Fridays and morale has never been higher.",
    "Our lot at the Yard raised \u00a32,340 for Highland Hospice with the Santa dash. Some of those costumes will haunt me for years.",
]

UNIT_ROLE = [
    "We're recruiting Radiation Protection Technicians at Saltmarsh Naval Dockyard.\n\nSC to start, DV once you're in.\nInstrument background or NHS physics experience a plus.\n\nHappy to chat about what the job is really like, drop me a message.",
    "Farewell to Dougie after 38 years at Saltmarsh. He taught half the dockyard how to read a dose-rate meter properly and the other half how to make a decent bacon roll.",
    "Proud of our Health Physics section at the dockyard: no dose investigation level reached for the third year running.",
]

ROLE = [
    "Passed my RPS refresher today. IRR17 does not get any more thrilling on the third read-through.",
    "Swab count this week: 212. My wrists have opinions.",
    "Handed in my TLD for the quarterly change and realised I've been doing this job longer than I've had my car.",
    "DV renewal interview done. Two hours covering my holidays, my finances and a student overdraft from 2009.",
    "Calibrated eight Mini 900s and one very stubborn RadEye before lunch. Small victories.",
    "Really useful SRP webinar on ALARA in maintenance work. The part about dose budgets for long jobs hit home.",
    "Things I never expected to say at work: 'please don't lick the smear papers.' Apprentices, bless them.",
    "Reactor compartment survey went like clockwork today. Good briefing, good team, no surprises. That's the dream.",
    "If you're in NHS medical physics and wondering about moving into health physics on the defence side, happy to chat.\n\nThe instruments are similar.\nThe paperwork is not.",
    "My EPD alarmed on a routine job today. Turned out to be a dying battery, but my heart rate didn't know that.",
    "Passed the Level 3 Certificate in Radiation Protection. Celebrated with chips.",
]
# posted in the small hours during a night shift
ROLE_NIGHT = "Nothing humbles you quite like frisking out of a controlled area in a paper suit at 3am with the monitor chirping at your left boot."

# text names the site (with map pins near the office for two of them)
LOCATION_UNIT = [
    ("Blood donor session at the Yard next Thursday, Building 14, 10 till 3. Visitors' pin: https://maps.google.com/?q=57.68668,-4.15826",
     "https://maps.google.com/?q=57.68668,-4.15826"),
    ("Charity cycle to Inverness on Saturday \U0001F6B2\n\nWe set off from the dockyard north car park at 8.\nPin for anyone joining: https://www.google.com/maps/place/57.68741,-4.15905\nAll donations to CHAS.",
     "https://www.google.com/maps/place/57.68741,-4.15905"),
]
LOCATION = [
    "Basin 2 at sunrise. Best office view in the Highlands and I'll fight anyone who disagrees.",
    "The third time this month the Shore Road barrier has stuck. Security are thrilled.",
]
LOCATION_ROLE = "The walk from the shiplift to the HP building in sideways sleet really does build character."

LOCATION_ROUTINE = [
    "To whoever parks across the Shore Road gate at 06:15 every single morning: I see you. We all see you.",
    "0530 alarm, 0615 through the Shore Road gate, 0700 brief. Repeat until Friday.",
    "The queue at the Shore Road gate was back to the roundabout again. Leaving the house at 5:40 from tomorrow.",
]

ROUTINE_TEXT = [
    ("Back on the 4-on-4-off nights rota from Monday. Coffee suppliers of Easter Ross, prepare yourselves.", "sun_eve"),
    ("First of four nights done. 19:00 to 07:00 never gets easier, but the sunrise over the firth helps.", "morning"),
    ("Weekend overtime again this month, Saturday and Sunday days. Isla has forgotten what I look like.", "fri_eve"),
    ("Off the nights rota until March. I can see daylight again.", "eve"),
    ("My week, summarised: Mon to Thu 07:00 till 15:30, Friday finish at 12, Saturday parkrun, Sunday collapse.", "sun_eve"),
]

PARKRUN = [
    "parkrun #41 at Averon this morning. Mud to the ankles, smiles all round.",
    "Tail walker at Averon parkrun today. Slowest I've ever been, happiest I've ever been.",
    "New PB at Averon parkrun! 26:48. Bracken dragged me round the last kilometre.",
    "Saturday morning means Averon parkrun and a bacon roll after. Non-negotiable.",
    "parkrun #50 today \U0001F389 Milestone t-shirt incoming. Thank you to every volunteer who makes Saturdays happen.",
    "Frosty Averon parkrun this morning. Nearly went full Bambi on the wee bridge.",
    "Did the junior course with Isla and then the 5k at Averon. Legs are jelly.",
    "Averon in the rain again. Haven't missed a Saturday this year though.",
    "Brought a colleague to her first parkrun at Averon today. She's hooked.",
    "Sunshine and a new record for the dog. parkrun #63 at Averon in the bag.",
    "Marshalled the far corner at Averon this morning and cheered myself hoarse.",
]

SWIM = [
    "Tuesday evening dip at Dalmore with the Bluetits. 9\u00b0C and a great deal of squealing.",
    "Weekly swim at Dalmore done. Cold water is the cheapest therapy going.",
    "Dalmore at dusk, flat calm. Best Tuesday in ages.",
    "Tuesday swim crew braved a hailstorm tonight. Heroes or eejits, the jury's still out.",
    "Another Tuesday, another swim at Dalmore. My toes have stopped speaking to me.",
    "Dalmore beach was like a mirror tonight. Four minutes in and I felt brand new.",
    "Our sea swim club's 100th Tuesday at Dalmore! Cake on the sand afterwards.",
]

SHARED_URLS = {
    "Really useful SRP webinar": "https://srp-uk.org/events",
    "Reading recommendation": "https://erinmeyer.com/books/the-culture-map/",
    "Our local primary needs volunteers": "https://www.readingbuddies.org.uk/",
}

# ---------------------------------------------------------------- profile files
POSITIONS = [
    ("Ministry of Defence", "Health Physics Technician",
     "Radiation protection support for engineering work.\n\u2022 Surveys and contamination control\n\u2022 Instrument checks\n\u2022 Supporting supervisors and apprentices",
     "Highlands, Scotland, United Kingdom", "Mar 2019", ""),
    ("NHS Highland", "Medical Physics Assistant",
     "Radiation safety checks and QA on imaging equipment across Highland hospitals.",
     "Inverness, Scotland, United Kingdom", "Aug 2014", "Feb 2019"),
    ("Tesco ", "Customer Assistant", "", "Glasgow, United Kingdom", "2010", "2014"),
]
EDUCATION = [
    ("University of Glasgow", "2010", "2014", "", "BSc (Hons) Physics", "Hillwalking club, Women in Physics"),
]

# ---------------------------------------------------------------- messages
# (who, text, local datetime string). who: "me" or the contact key.
CONTACTS = {
    "voss": {"first": "Adrian", "last": "Voss", "url": "https://www.linkedin.com/in/adrian-voss-northgate",
             "company": "Northgate Expert Network", "position": "Senior Partner", "suspicious": True},
    "morrow": {"first": "Lena", "last": "Morrow", "url": "https://www.linkedin.com/in/lenamorrow-writer",
               "company": "Freelance", "position": "Journalist", "suspicious": True},
    "grant": {"first": "Hamish", "last": "Grant", "url": "https://www.linkedin.com/in/hamish-grant-recruitment",
              "company": "Grampian Technical Recruitment", "position": "Principal Consultant", "suspicious": False},
    "raman": {"first": "Priya", "last": "Raman", "url": "https://www.linkedin.com/in/priya-raman-medphys",
              "company": "NHS Greater Glasgow and Clyde", "position": "Clinical Scientist", "suspicious": False},
    "macleod": {"first": "Ewan", "last": "MacLeod", "url": "https://www.linkedin.com/in/ewan-macleod-22",
                "company": "Highland Council", "position": "Roads Engineer", "suspicious": False},
}

CONVERSATIONS = {
    "voss": [
        ("voss", "Hi Niamh, I came across your profile and your radiation protection background is exactly what one of our clients is looking for. We run a paid expert network, typically \u00a3350 per hour for a short phone consultation. Would you be open to it?", "2023-05-16 19:02"),
        ("me", "Hi Adrian, thanks. What sort of topics?", "2023-05-17 12:41"),
        ("voss", "Mostly general industry context. For instance which boats are in refit at Saltmarsh at the moment and roughly how long the reactor work is scheduled to run. Nothing classified, of course.", "2023-05-17 13:10"),
        ("me", "I'm afraid I can't discuss anything about work. Sorry.", "2023-05-17 20:15"),
        ("voss", "Completely understand. Perhaps it's easier to talk on Signal where it's more private? My number is +44 7700 900412. We could also double the rate for a short written summary of dose trends.", "2023-05-18 08:30"),
        ("voss", "Just following up, Niamh. The client is keen and happy to pay in advance.", "2023-06-02 09:12"),
    ],
    "morrow": [
        ("morrow", "Hello Niamh, I'm a freelance journalist working on a piece about safety culture in naval nuclear maintenance. Would you be willing to speak to me off the record?", "2024-02-06 21:40"),
        ("me", "Hi Lena, I'd have to point you to the MOD press office, sorry.", "2024-02-07 18:03"),
        ("morrow", "Of course. Off the record though, it would really help if you could send me copies of the local rules or any recent dose records, redacted is fine. My Proton address is lena.morrow@proton.me, it's more secure than here.", "2024-02-07 18:20"),
        ("morrow", "I can cover your time, say \u00a3500, and nobody would ever know where it came from.", "2024-02-09 22:05"),
        ("me", "No. Please don't contact me about this again.", "2024-02-10 09:14"),
    ],
    "grant": [
        ("grant", "Hi Niamh, I'm recruiting for a Senior Health Physics Monitor at a decommissioning site in Caithness. Any interest in a quick chat?", "2023-09-12 10:05"),
        ("me", "Thanks Hamish, I'm happy where I am just now.", "2023-09-12 19:30"),
        ("grant", "No problem at all, thanks for letting me know. All the best!", "2023-09-13 08:45"),
    ],
    "raman": [
        ("raman", "Niamh! Saw your parkrun milestone post \U0001F602 How are you? Still baking?", "2023-03-20 20:11"),
        ("me", "Ha, yes, still baking and still running badly. How's Glasgow?", "2023-03-20 21:02"),
        ("raman", "Busy! The new linac is finally in. Coffee next time you're down?", "2023-03-21 07:55"),
        ("me", "Definitely. I'm down for Mum's birthday in May.", "2023-03-21 12:30"),
    ],
    "macleod": [
        ("macleod", "Hi Niamh, any chance you could be run director on the 14th? I'm away that weekend.", "2024-08-28 18:22"),
        ("me", "Aye, no bother. I'll sort the volunteer roster.", "2024-08-28 19:01"),
        ("macleod", "Legend. Key for the container is under the usual stone.", "2024-08-28 19:05"),
    ],
}

CONNECTIONS_EXTRA = [
    ("Kirsty", "Fraser", "https://www.linkedin.com/in/kirsty-fraser-port", "", "Port of Cromarty Firth", "Marine Operations Coordinator", "03 Nov 2022"),
    ("Dougie", "Munro", "https://www.linkedin.com/in/dougie-munro-41", "", "Retired", "", "19 Jun 2019"),
    ("Tom", "Beaton", "https://www.linkedin.com/in/tombeaton-joiner", "", "Beaton Joinery", "Owner", "02 Feb 2017"),
]
