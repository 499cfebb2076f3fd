# -*- coding: utf-8 -*-
"""Text for persona p3: X/Twitter archive in the old (Grailbird) layout,
Australian English, border intelligence analyst at Melbourne Airport. Pure data."""

OWNER = {"screen_name": "brodz_h", "name": "Brodie Halloran", "id": "3101774452",
         "location": "Sunbury, Vic", "bio": "Bombers tragic. Slow parkrunner. Dad joke enthusiast. Views my own.",
         "created_at": "2015-03-14 09:21:40 +0000", "tz_name": "Melbourne"}

BENIGN = [
    "arvo nap was elite, no notes",
    "Steph made a lasagne the size of a ute tyre. we're set for the week",
    "bombers by 40 or i'm not going to work tomorrow",
    "servo coffee is a human rights issue and someone needs to look into it",
    "magpies are out. helmet zip ties are on. godspeed everyone",
    "mowed the lawn, earned a beer, drank two. maths",
    "the footy tipping comp at my mate's pub is rigged, i'm sure of it",
    "Vegemite on toast with too much butter is the only correct breakfast",
    "38 degrees and the sprinkler's the only thing in Sunbury still working",
    "Sunday sesh at Jono's place. snags, sauce, no regrets",
    "nothing humbles you like assembling ikea furniture with your missus",
    "bought new thongs. life changing stuff",
    "why does every tradie in Melbourne drive a white Hilux. genuine question",
    "Steph's sister got engaged!! stoked for them",
    "watched Bluey with my niece and cried at the Keepy Uppy episode. no shame",
    "fish and chips at the beach, seagulls circling like sharks",
    "new season of Wentworth. Steph's hooked, i'm pretending not to be",
    "the 483 bus is a social experiment",
    "my nan just learnt how to send gifs. we've created a monster",
    "big shop at Coles done. forgot the one thing we went in for",
    "reckon i've watched every episode of Kath & Kim four times. noice",
    "tried making pavlova. it's more of a pancake. still delicious",
    "Dad's 60th today, legend of a bloke. happy birthday old man",
    "the heatwave has broken, praise be",
    "Grand Final week and nobody in this office is doing any work (tipping comp edition)",
    "Steph reckons i snore. i reckon she's dreaming",
    "booked tix to see Cold Chisel, absolutely pumped",
    "my dog just ate a whole bag of bread rolls. he's fine. i'm not",
    "rained on the washing. classic Melbourne",
    "four seasons in one day mate, wore shorts and froze",
    "Christmas lunch at Mum's: 3 kinds of ham, 0 vegetables. perfect",
    "found $20 in my trackie daks. best day of the year",
    "new phone, who dis",
    "the line at Maccas drive-thru at 1am is a cross-section of humanity",
    "learning to cook a proper curry from my mate Raj. mine's still rubbish",
    "bottle-o run before the game, priorities sorted",
    "footy jumper's been washed. we're a chance this week",
    "brunch in Fitzroy cost me $34 for eggs. love this city",
    "my nephew asked if i was alive when dinosaurs were around. i'm 29",
    "spent the arvo at the tip. character building",
    "finally fixed the dripping tap. plumber? never heard of her",
    "AFLW game today was unreal, what a finish",
    "cricket on the telly, couch claimed, don't call me",
    "had a chicken parma the size of my head. no regrets",
    "took the dog to the beach, he tried to fight a wave and lost",
    "Steph and i have been together 5 years today. she's a saint for putting up with me",
    "the Tullamarine freeway at 5pm is where dreams go to die",
    "got a speeding fine for 4km over. cheers Victoria",
    "long weekend! absolutely nothing planned and loving it",
    "Hottest 100 party this arvo. my vote went to Gang of Youths",
    "made a sanga so big i needed a knife and fork",
    "that Bombers loss hurt more than my tax return",
    "mate's bucks party in Torquay this weekend, pray for my liver",
    "our dog has worked out how to open the screen door. we've lost",
    "anyone know a decent mechanic in Sunbury? the car's making a noise like a dying possum",
    "Steph bought a Thermomix. we are now a Thermomix household. send help",
    "Pokies are a scam, put your money in a jar instead. PSA",
    "sick as a dog, chucked a sickie for real this time",
    "going to the Royal Melbourne Show for the showbags. i'm an adult",
    "the neighbours' rooster starts at 4:30am every day. it must be stopped",
    "flat white snob and proud of it",
    "3 days of rain and the dog's gone feral",
    "bbq's cleaned for the first time since 2014. proud",
    "you know it's winter when the heater and the dog fight over the same spot",
    "Melbourne Cup sweep: drew a horse called Big Orange. he lost. story of my life",
    "trying to get fit. day 2. already sore in places i didn't know existed",
    "got the tree up. it's crooked. it's staying crooked",
    "Sunbury Show this weekend. dagwood dogs and dodgy rides, can't wait",
    "New Year's resolution: eat fewer Tim Tams. it's Jan 3 and i've failed",
    "dinner at the in-laws. Steph's mum made enough food for a footy team",
    "the Spirit of Tasmania booking site is harder than my job lol",
    "Bathurst on the telly, snags on the barbie, sun's out. perfect Sunday",
    "i'll never understand people who don't like beetroot on a burger",
    "just got told i look like a young Shane Warne. i'll take it",
]

RETWEETS = [
    ("EssendonFC", "Essendon FC", "16226021", "Match day! Get down to the G and make some noise \U0001F534\u26AB #DontStop"),
    ("BOM_Vic", "Bureau of Meteorology, Victoria", "225384040", "Severe thunderstorm warning for Melbourne and the Macedon Ranges this afternoon. Large hail possible."),
    ("parkrunAU", "parkrun Australia", "1025436570", "Over 1 million Aussies have now registered with parkrun! Free, weekly, timed, for everyone \U0001F49A"),
]
REPLIES = [
    ("jono_mcg", "2287655410", "haha mate you're dreaming, Bombers by a kick"),
    ("steph_e_k", "2871100234", "love you too, ya big galah"),
    ("rajcooks", "3012277861", "cheers for the recipe, mine turned out edible this time"),
]

TRAPS = [
    "Border Security marathon on 7mate. the bloke with 4kg of cheese down his undies is my hero",
    "our unit's aircon has carked it in 39 degrees. strata won't answer the phone. pray for us",
    "doing a free online course on artificial intelligence for fun. don't judge me",
    "my mate Jono's a baggage handler with Qantas and reckons the crew room snacks are elite",
    "secret to a good snag: don't prick it. fight me",
    "watching Sicario again. Benicio del Toro is terrifying",
    "Le Bureau is the best spy show nobody's watching. French subtitles and all",
    "missed my flight to Brissie cos i was sitting at the wrong gate. 10/10 traveller",
    "Steph's cousin just got into the police academy, proud of her",
    "the unit block next door is getting demolished and the dog has OPINIONS",
    "Mum asked what 'intel' means. i said it's a computer chip. she's building a PC now apparently",
]

# ---------------------------------------------------------------- sensitive
UNIT = [
    "PAU Christmas party at the bowlo, absolute scenes. someone's uncle won the meat tray",
    "Passenger Analysis Unit footy tipping comp: i'm dead last. again.",
    "ABF jumper came in the mail. finally feel official lol",
    "shoutout to the PAU night crew for the Krispy Kremes, legends the lot of you",
    "2 years at ABF today. time flies when you're staring at spreadsheets",
]
UNIT_ROLE = [
    "PAU's hiring intel analysts, APS5. if you like shift work and puzzles hit me up",
    "nine months in the Passenger Analysis Unit and i still get a buzz off a good hit",
]
ROLE = [
    "flagged a pax for secondary and the dog team confirmed it 20 min later. best feeling in the job",
    "PNR data at 3am hits different",
    "spent the arvo building risk profiles for the Guangzhou arrivals. brain = mush",
    "baseline clearance done, now the NV1 paperwork. kill me",
    "new targeting rules went live today and the alert queue went absolutely feral",
    "analyst life: 90% coffee, 9% Excel, 1% 'hang on, what's this?'",
    "tried to explain to my nan that i don't search bags, i tell the blokes who search bags which bags to search",
    "open source intel course all week. learnt heaps, trust no one",
]
LOCATION_TEXT = [
    ("the walk from the Tulla staff car park to the office is longer than my drive in from Sunbury", ["location", "routine"]),
    ("T2 staff shuttle at 5:40am is a lottery. lost again", ["location", "routine"]),
    ("lift in our building at the freight end of Tulla broken again. four flights with two coffees", ["location"]),
]
ROUTINE_TEXT = [
    ("back on nights tomorrow. 4 on 4 off life, can't complain", "eve"),
    ("earlies all week. 4:30 alarm. send coffee", "sun_eve"),
    ("roster's out: christmas day on lates. again.", "eve"),
    ("4 days on, 4 days off. the 4 off are glorious", "day"),
    ("on nights this week so if i reply at 3am, that's why", "eve"),
]

# at the workplace on shift (geotagged); text itself mostly harmless
WORK_GEO = [
    "servo pie for brekkie, living the dream",
    "fog's rolled in, nothing's landing for a while",
    "night shift snack haul: two Cherry Ripes and a Red Bull",
    "coffee number 3 and it's not even 8",
    "sunrise from the smoko area is unreal",
    "it's 3am and someone's microwaving fish. why",
    "hail on the tarmac, the ground crew are absolutely soaked",
    "A380 taking off right outside the window. never gets old",
    "vending machine ate my $2 again",
    "wind's howling, planes are coming in sideways",
    "4am and the lunchroom telly is playing infomercials for knives",
    "last hour. nearly there",
    "who stole my yoghurt from the fridge. i will find you",
    "Maccas run for the team",
    "quiet night. too quiet",
    "dawn's cracking, home soon",
    "someone brought a cake for no reason. best workplace in Victoria",
    "air con in here is set to Antarctica",
]
WORK_GEO_ONEOFF = [
    "family open day at work. Mum finally saw where i spend half my life",
    "popped in on my day off to grab my laptop charger. regret",
]

CRICKET = [
    "indoor cricket: we lost by 2 runs. TWO",
    "took a screamer off the back net tonight, still buzzing",
    "Wednesday cricket crew are a bunch of clowns and i love em",
    "bowled 3 wides in a row. retire me",
    "new season, same old team of crocks",
    "WON. first win in like 6 weeks",
    "cricket done, parma at the pub next",
    "hit the roof net twice. apparently that's not a six",
    "umpire tonight was blind as a bat",
    "finals night. we're cooked but we turned up",
]
PARKRUN = [
    "parkrun done. legs = gone",
    "new PB at Jacksons Creek, 22:41 \U0001F45F",
    "parkrun in the fog, couldn't see the bloke in front",
    "magpie swooped me at the 3k mark. spring has sprung",
    "got smoked by a mum pushing twins in a pram. humbling",
    "volunteered as timekeeper at parkrun today, nailed it",
    "Saturday parkrun + bacon and egg roll = perfection",
    "40 degree forecast so we ran early. still cooked",
    "parkrun #50! \U0001F389",
    "muddy one this morning, new shoes ruined",
    "Steph came along to her first parkrun, she's hooked",
    "slowest parkrun ever. blame the pinot last night",
]
HOME_GEO = [
    "backyard bbq weather finally",
    "lazy Sunday on the couch with the dog",
    "new veggie patch is in. tomatoes, chillies and hope",
    "rain on the tin roof, best sound there is",
    "the dog's new bed arrived. he's sleeping on the box",
    "fire pit's going, marshmallows out",
]
BALI = [
    ("Bintang number one in Seminyak \U0001F37A", -8.6913, 115.1682),
    ("local customs in Ubud: say hi to the monkeys, guard your sunnies", -8.5069, 115.2625),
    ("rice terraces at Tegallalang, unreal", -8.4340, 115.2790),
    ("Uluwatu sunset. no words", -8.8291, 115.0849),
    ("nasi goreng for brekkie three days running", -8.6905, 115.1700),
    ("scooter plus Bali traffic = prayers", -8.6500, 115.1380),
    ("last night in Bali, sunburnt and happy", -8.6920, 115.1660),
]
ONE_OFF_GEO = [
    ("Bombers at the G! we're a chance", -37.8200, 144.9834),
    ("Brunswick bar with a dog on every table, heaven", -37.7669, 144.9612),
    ("Lorne for the day, water's freezing", -38.5420, 143.9760),
]

# ---------------------------------------------------------------- DMs
CONTACTS = {
    "avsec": {"handle": "avsec_insights", "name": "Aviation Security Insights", "id": "4021983311", "suspicious": True},
    "journo": {"handle": "mel_freelance_news", "name": "Marcus Lee", "id": "3988120045", "suspicious": True},
    "mum": {"handle": "karen_halloran62", "name": "Karen Halloran", "id": "2764410098", "suspicious": False},
    "jono": {"handle": "jono_mcg", "name": "Jono McGrath", "id": "2287655410", "suspicious": False},
    "bikeshop": {"handle": "sunburycycles", "name": "Sunbury Cycles", "id": "3310045672", "suspicious": False},
}
DM_SCRIPTS = {
    "avsec": [
        ("avsec", "G'day Brodie, we run an aviation security research newsletter. Saw you're in the passenger analysis space, would love your insights", "2017-02-08 20:14"),
        ("me", "not really something i can talk about sorry", "2017-02-09 07:40"),
        ("avsec", "totally get it. just general stuff, like which flights get the most alerts and what the targeting rules look for. we pay contributors in crypto, very discreet", "2017-02-09 08:02"),
        ("avsec", "happy to do $2k for a short chat. if twitter feels too public we can move to Wickr", "2017-02-12 21:30"),
        ("me", "no thanks mate. please stop messaging me", "2017-02-13 06:55"),
    ],
    "journo": [
        ("journo", "Hi Brodie, Marcus here, freelance journo. Working on a story about border targeting at Melbourne Airport. Could we chat?", "2017-10-03 12:10"),
        ("me", "you'd have to go through the media team, sorry", "2017-10-03 22:18"),
        ("journo", "Understood. Off the record, any internal docs you could send would be gold. Roster, alert stats, the rules list. Telegram is easier for files: @mlee_files", "2017-10-04 09:45"),
        ("journo", "I can make it worth your while. Nobody would know the source", "2017-10-06 19:02"),
    ],
    "mum": [
        ("mum", "Are you and Steph still coming Sunday? I'm doing a roast", "2016-08-10 18:20"),
        ("me", "yep we'll be there by 12, i'll bring dessert", "2016-08-10 22:48"),
        ("mum", "Lovely. Drive safe love xx", "2016-08-11 07:01"),
    ],
    "jono": [
        ("jono", "bucks party itinerary sent. don't tell Steph about the go karts", "2017-11-02 19:45"),
        ("me", "lol she already knows, she's the one who booked it", "2017-11-02 20:12"),
        ("jono", "unbelievable", "2017-11-02 20:13"),
    ],
    "bikeshop": [
        ("bikeshop", "Hi Brodie, your bike's service is done and ready for pickup. Total $89.", "2018-02-20 15:30"),
        ("me", "legend, i'll swing by saturday", "2018-02-20 17:05"),
    ],
}
