# -*- coding: utf-8 -*-
"""p1 — Mastodon outbox export. Kirsty Strachan, firefighter with Defence Fire
and Rescue at the (fictional) RAF Auchterbrae fire station, Aberdeenshire.
Scottish English / Doric.

Post tuple: (slot, labels, text, opts)
  labels: U unit, R role, L location, T routine, H home ("" = benign)
  opts:   photo=<place key> (JPEG with EXIF GPS), photo=True (JPEG, no GPS),
          alt=..., on="YYYY-MM[-DD]", cw=..., vis="public|unlisted|private",
          reply=<url of a status being replied to>
"""

PERSONA = dict(
    key="p1-mastodon-firefighter",
    platform="mastodon",
    tz="Europe/London",
    start="2021-10-04",
    end="2024-04-26",
    seed=1101,
    instance="claymore.social",
    username="bramblesmum",
    display_name="Kirsty 🐾",
    full_name="Kirsty Strachan",
    published="2021-09-28T19:12:44Z",
    summary_html=(
        "<p>Loon-adjacent quine fae the Broch, bidin in Ellon. Swimmer, quizzer, "
        "collie wrangler. Views ma ain &amp; Bramble&#39;s.</p>"
    ),
    fields=[
        ("Pronouns", "she/her"),
        ("Whaur", "Aberdeenshire"),
        ("Day job", "Firefighter \U0001F692 (the real kind, no the telly kind)"),
        ("Dug", "Bramble the collie"),
    ],
    camera=("Google", "Pixel 6a"),
)

TRUTH = dict(
    unit=["RAF Auchterbrae Fire Station", "RAF Auchterbrae", "Auchterbrae",
          "Defence Fire and Rescue", "DFR"],
    role="firefighter (aircraft rescue and firefighting, Defence Fire and Rescue)",
    office=dict(lat=57.3907, lon=-1.9148, name="RAF Auchterbrae Fire Station"),
    home=dict(lat=57.3631, lon=-2.0695),
    routine_places=[
        dict(name="Meadows Leisure Centre pool (Ythan Otters swim club)", lat=57.3598, lon=-2.0880),
        dict(name="The Drookit Duck (Thursday pub quiz)", lat=57.3702, lon=-2.0790),
    ],
)

WATCHLIST = '''# What Kirsty Strachan's station security officer knows must not be revealed.
timezone = "Europe/London"

[[unit]]
name = "RAF Auchterbrae Fire Station"
aliases = ["RAF Auchterbrae", "Auchterbrae", "Defence Fire and Rescue", "DFR", "AuchterbraeFire"]

[[role]]
name = "firefighter"
aliases = ["aircraft rescue and firefighting", "crash rescue", "breathing apparatus"]

[[site]]
name = "RAF Auchterbrae Fire Station"
lat = 57.3907
lon = -1.9148
radius_m = 300
'''

# name: (lat, lon, jitter in metres)
PLACES = {
    "office": (57.3907, -1.9148, 60),
    "home": (57.3631, -2.0695, 25),
    "pool": (57.3598, -2.0880, 40),
    "pub": (57.3702, -2.0790, 25),
    "lanz_playa": (28.8625, -13.8295, 150),
    "lanz_timanfaya": (29.0038, -13.7500, 200),
    "lanz_teguise": (29.0605, -13.5610, 120),
    "lanz_famara": (29.1152, -13.5580, 200),
    "eastfortune": (55.9990, -2.7190, 150),
}

# 8-day rota: 2 days, 2 nights, 4 off. Day 1 of a block on the anchor date.
ROTA = dict(anchor="2021-10-04", cycle="DDNNOOOO")
TRIPS = [("2023-06-10", "2023-06-15")]

SLOTS = {
    "any":    dict(hours=(7.5, 23.5)),
    "eve":    dict(hours=(18.75, 23.5), rota="DOO"),
    "morn":   dict(hours=(8.0, 11.5), rota="O"),
    "off":    dict(hours=(9.0, 22.5), rota="O"),
    "wkend":  dict(hours=(9.5, 20.5), weekdays=[5, 6], rota="O"),
    "day":    dict(hours=(8.25, 17.75), rota="D"),
    "night":  dict(hours=(18.5, 29.75), rota="N"),      # 18:30 -> 05:45 next day
    "daymorn":  dict(hours=(8.25, 10.0), rota="D"),
    "daylunch": dict(hours=(12.0, 13.75), rota="D"),
    "dayeve":   dict(hours=(18.75, 23.0), rota="D"),
    "night2am": dict(hours=(26.05, 26.7), rota="N"),
    "night4am": dict(hours=(28.0, 28.5), rota="N"),
    "prenight": dict(hours=(16.5, 17.75), rota="N", prev_is="D"),
    "lastnight": dict(hours=(21.0, 29.5), rota="N", next_is="O"),
    "offstart": dict(hours=(8.75, 10.5), rota="O", prev_is="N"),
    "offend":   dict(hours=(19.0, 23.0), rota="O", next_is="D"),
    "sun":      dict(hours=(14.0, 20.0), weekdays=[6], rota="O"),
    "quiz":   dict(hours=(20.25, 22.75), weekdays=[3], rota="DO"),
    "swim":   dict(hours=(8.6, 9.4), weekdays=[5], rota="O", prev_not="N"),
    "home":   dict(hours=(8.5, 22.5), rota="O"),
    "trip":   dict(hours=(9.0, 22.0), trip=0),
}

POSTS = [
    # ---- unit ----
    ("off", "U", "First block done at my new station. Aye, it's blowy up on that bit of coast, but the crew at Auchterbrae are a braw bunch.", dict(on="2021-10")),
    ("wkend", "U", "RAF Auchterbrae families day — the bairns got tae sit in the big red motors and Finlay's no stopped talking aboot it since.", dict(on="2022-06")),
    ("off", "U", "#AuchterbraeFire charity car wash raised £1,240 for the Archie Foundation. Cheers tae everyone that came by wi' their clarty motors!", dict(on="2022-08", photo=True, alt="A row of muddy cars queued up beside a hose and buckets")),
    ("eve", "UR", "Wee shoutout tae oor watch manager, who retires the morn after 30 year wi' DFR. An absolute legend. The tea will never be as strong again.", dict(on="2023-02")),
    ("off", "UR", "Ten year since I passed oot at the fire training centre in Moreton. Nearly three of them at the Brae now, and I wouldnae swap it.", dict(on="2024-03")),
    ("daymorn", "ULT", "Braw sky this morning \U0001F305", dict(photo="office", alt="Sunrise over a runway, taken from the top of the fire station tower at RAF Auchterbrae")),
    ("eve", "U", "The Brae's Christmas do is at the Udny Arms this year, so that's my Saturday sorted \U0001F384", dict(on="2022-11")),
    ("off", "UR", "Oor station's entry for the Fire Fighters Charity bake-off: a Victoria sponge in the shape of a crash tender. We were robbed, by the way.", dict(on="2023-09", photo=True, alt="A sponge cake iced red, shaped like a fire truck with a foam cannon on the roof")),
    ("eve", "U", "Auchterbrae fire section's got a new boss. Seems sound so far — asks before he changes anything, which is a first.", dict(on="2023-04")),

    # ---- role ----
    ("dayeve", "R", "BA refresher done. Nothing like crawling aboot a smoke-filled container in full kit tae make ye appreciate a cold Irn-Bru.", {}),
    ("dayeve", "R", "Hot-fire training the day on the aircraft rig. Ma hair still stinks of kerosene, sorry Bramble.", {}),
    ("off", "R", "Passed ma HGV, so I'm finally allowed tae drive the big crash tender on ma ain. Feart and chuffed in equal measure.", dict(on="2022-03")),
    ("eve", "R", "Anyone else in aircraft rescue find the new foam concentrate leaves a film on absolutely everything? Asking for the whole watch.", {}),
    ("off", "R", "Crew Commander course doon in Gloucestershire next month. Three weeks in England, pray for me.", dict(on="2023-05")),
    ("eve", "R", "All these years in the fire service and I still get butterflies when the bells go doon.", {}),
    ("eve", "R", "Annual fitness test passed. Honestly the bleep test is the real enemy, no the fires.", {}),
    ("dayeve", "R", "Spent the shift teaching the new recruits how tae make up a hose reel without tying themselves in knots. Patience of a saint, me.", {}),
    ("off", "R", "Security vetting renewal forms again. Ten pages, and they want tae know whit ma granny's maiden name was.", {}),
    ("dayeve", "R", "Practised cutting a pilot oot a jet canopy mock-up the day. That glass is heavier than it looks.", {}),
    ("off", "R", "Crew Commander! Passed! Dinnae worry, I'll still be the one making the tea.", dict(on="2023-07")),

    # ---- location / location+routine (at the station, in text or photo GPS) ----
    ("day", "LT", "Crew room telly's been stuck on the shopping channel since eight. Send help.", {}),
    ("day", "LT", "Sitting in the appliance bay watching the hail bounce aff the apron. Nae flying the day.", {}),
    ("night", "LT", "Nights at the station. The geese on the airfield are louder than the jets.", {}),
    ("day", "LT", "Queue at the main gate went back tae the Collieston road this morning. Pass checks on every single car.", {}),
    ("day", "LT", "Fire station cat has claimed ma locker. I live here now apparently, she just lets me visit.", dict(photo="office", alt="A ginger cat curled up on a locker shelf beside a yellow helmet")),
    ("night4am", "LT", "Four in the morning and the tea urn is the only thing keeping me alive.", dict(photo="office", alt="A big steel tea urn on a kitchen counter under strip lights")),
    ("off", "L", "They're finally resurfacing the road up tae the base's north gate. Only took them four year.", {}),
    ("daylunch", "LT", "Piece wi' a view of the runway.", dict(photo="office", alt="A sandwich on a picnic bench, grey sky, a runway beyond a fence")),
    ("day", "LT", "Hangar 3's smoke detector went aff ower a burnt toastie. Classic.", {}),
    ("daylunch", "LT", "Mince and tatties in the mess the day. Pure comfort.", dict(photo="office", alt="A plate of mince and mashed potatoes on a canteen tray")),
    ("night2am", "LT", "Northern lights fae the fire station yard at 2am. One perk of nights.", dict(photo="office", alt="Green aurora over a dark airfield with a hangar silhouette")),
    ("day", "LT", "Wind's that strong across the airfield the day the windsock ootside the station's gone horizontal. Hat stayed on though.", {}),

    # ---- routine: shift pattern in text ----
    ("offend", "T", "Two days, two nights, four off. Block starts the morn, so that's me aff the grid till Sunday.", {}),
    ("lastnight", "T", "Last night shift of the block, then four days aff. Bramble's getting the longest walk of her life.", {}),
    ("prenight", "T", "Nights again. Flask filled, piece packed, see yous on the other side.", {}),
    ("offend", "T", "Back on days the morn, alarm set for half six. Brutal.", {}),
    ("eve", "T", "Next year's rota is oot. Christmas Day aff, Hogmanay on nights. Could be worse.", dict(on="2022-10")),
    ("offstart", "T", "Four days aff starts NOW. Don't phone me before ten.", {}),
    # quiz
    ("quiz", "T", "Thursday quiz at the Drookit Duck: second by ONE point. It was the capital of Burkina Faso that did us.", {}),
    ("quiz", "T", "Quiz night. Team Quizteama Aguilera rides again.", dict(photo="pub", alt="A pint, a pencil and an answer sheet on a pub table")),
    ("quiz", "T", "Won the Thursday quiz! £40 bar tab, which is £40 of crisps.", {}),
    ("quiz", "T", "Picture round was all 90s boy bands. Jamie carried us, for once.", dict(photo="pub", alt="A quiz sheet with photos of boy bands")),
    ("quiz", "T", "Every Thursday at the Duck I say 'just the one', and every Thursday I'm a liar.", {}),
    ("quiz", "T", "The quizmaster at the Duck has been reading the same question aboot the Tay Bridge since 2019.", {}),
    ("quiz", "T", "Tie-break question on the height of Ben Nevis. Jamie guessed 4,000 metres. We lost. Same time next week.", dict(photo="pub", alt="A chalkboard reading QUIZ NIGHT EVERY THURSDAY 8PM")),
    # swim
    ("swim", "T", "Saturday half-seven session wi' the Otters, 3k done before the rest of Ellon's awake.", dict(photo="pool", alt="An empty pool lane with steam on the water")),
    ("swim", "T", "Cold pool, warm heart. #YthanOtters", dict(photo="pool", alt="Swim caps and goggles on a poolside bench")),
    ("swim", "T", "Every Saturday I swear I'll skip the early swim, and every Saturday I'm there at half seven.", {}),
    ("swim", "T", "New PB in the 400 free at club this morning! \U0001F3CA", dict(photo="pool", alt="A pace clock on the wall of a swimming pool")),
    ("eve", "T", "Otters masters gala's next month, so Saturday mornings at the Meadows are now sacred.", {}),
    ("swim", "T", "Saturday swim then a bacon roll fae the van ootside the Meadows. Tradition.", {}),

    # ---- home (photo GPS at home) ----
    ("home", "H", "Bramble's new bed. She's ignored it and slept on ma jumper instead.", dict(photo="home", alt="A black and white collie asleep on a grey jumper, an empty dog bed beside her")),
    ("home", "H", "Tattie scones for breakfast, the proper way.", dict(photo="home", alt="Tattie scones and a fried egg in a cast iron pan")),
    ("home", "H", "Garden's finally looking braw. The tatties are in!", dict(photo="home", alt="A small vegetable patch with fresh soil")),
    ("home", "H", "Snowed in. Hot chocolate, blanket, fire on, no moving.", dict(photo="home", alt="A mug of hot chocolate by a window with snow outside")),
    ("home", "H", "Jamie's sourdough attempt number seven. It's... a loaf. Technically.", dict(photo="home", alt="A flat, dense-looking loaf of bread on a board")),

    # ---- trip: Lanzarote, one-off, geotagged, benign ----
    ("trip", "", "Lanzarote! 24 degrees and I've already turned the colour of a tomato.", dict(day=0, hours=(15.0, 19.0), photo="lanz_playa", alt="A beach with black sand and turquoise water")),
    ("trip", "", "Volcano park. It's like Mars, if Mars did cheese toasties.", dict(day=2, photo="lanz_timanfaya", alt="Red volcanic hills under a blue sky")),
    ("trip", "", "Sunday market in Teguise, bought a hat I'll never wear in Scotland.", dict(day=1, hours=(10.5, 13.5), photo="lanz_teguise", alt="Market stalls with straw hats in a whitewashed square")),
    ("trip", "", "Surfers at Famara. I stayed firmly on the sand wi' a book.", dict(day=3, photo="lanz_famara", alt="Surfers on big waves below tall cliffs")),
    ("trip", "", "Last night in the sun. Papas arrugadas and mojo sauce, I'm moving here.", dict(day=4, hours=(19.5, 22.0), photo="lanz_playa", alt="Small wrinkly potatoes with red and green sauce")),

    # ---- traps (benign) ----
    ("wkend", "", "Finlay's fifth birthday. Fireman Sam cake, Fireman Sam plates, Fireman Sam everything. He says he's gonnae be a fireman when he's big.", dict(photo=True, alt="A birthday cake with a cartoon fire engine on top")),
    ("eve", "", "Binged the whole new season of Chicago Fire. Aye, it's daft, but I'm far too invested in these folk now.", {}),
    ("eve", "", "Jamie's been muttering aboot failing unit tests since teatime. I've no idea what a unit test is and at this point I'm too feart tae ask.", {}),
    ("any", "", "Burnt the toast, set aff the smoke alarm, Bramble hid under the bed for an hour. Great start tae the day.", {}),
    ("wkend", "", "East Fortune airshow wi' Dad. He grat at the Spitfire, I'm no even joking.", dict(photo="eastfortune", alt="A Spitfire flying low over a grass airfield", on="2022-07")),
    ("any", "", "Waverley station at rush hour is a circle of hell and I will not be taking questions.", {}),
    ("eve", "", "Watched Top Gun: Maverick again. Still convinced I could land on a carrier.", {}),
    ("eve", "", "Kept Morag's surprise party a secret for a whole month. I deserve a medal.", {}),
    ("wkend", "", "Fired up the barbie for the first time this year. Fourteen degrees, practically Ibiza.", {}),
    ("eve", "", "The Bake Off technical had them building a fire station oot of gingerbread?? Mine would've collapsed in the first ten minutes.", {}),
    ("eve", "", "The Night Manager is the best spy drama ever made and I will fight anyone on this.", {}),
    ("eve", "", "Jamie's work night oot was at a place in Aberdeen called The Barracks. Aye, it's a bar. Calm doon.", {}),
    ("any", "", "Finlay's nursery had a fire drill and he's now appointed himself the hoose safety officer. He's checked every plug.", {}),
    ("eve", "", "Shetland on the telly the night. Jimmy Perez can investigate me any time.", {}),
    ("any", "", "The wee bairn next door asked if I'm a real life Fireman Sam because I have a yellow raincoat. I didnae correct her.", {}),

    # ---- everyday (benign) ----
    ("any", "", "Fit like, folks? Haar's in that thick the day I cannae see the end of the street.", {}),
    ("any", "", "Bramble rolled in something deid on the beach. Bath time. She's furious.", {}),
    ("eve", "", "Stovies for tea. The best food ever invented and I won't hear otherwise.", {}),
    ("eve", "", "Mum's clootie dumpling recipe is finally online: https://www.example.org/recipes/scottish-clootie-dumpling-with-custard — dinnae tell her I shared it.", {}),
    ("any", "", "Messages list:\nmilk\ntatties\nIrn-Bru\nmair Irn-Bru", {}),
    ("eve", "", "Stovies & oatcakes for tea, then \"just one episode\" of Taskmaster.\n\nFour episodes later, here we are. <3", {}),
    ("wkend", "", "Bennachie in the rain. Drookit, but worth it for the view (once the clag lifted for five whole minutes).", dict(photo=True, alt="A rocky hilltop in mist")),
    ("any", "", "Dreich. That's the post.", {}),
    ("eve", "", "The Dons. Again. I'm no talking aboot it.", {}),
    ("wkend", "", "Pittodrie in the sunshine and we actually won! Mark the date.", {}),
    ("any", "", "Got ma messages, forgot the milk. Every time.", {}),
    ("eve", "", "Jamie tried tae make cullen skink and it's more of a cullen... soup. Still ate two bowls.", {}),
    ("any", "", "Bramble has learned tae open the back door. We are no longer in charge of this hoose.", {}),
    ("eve", "", "Burns Night! Haggis, neeps and tatties, and Dad reciting the Address tae a Haggis like it's Shakespeare.", dict(on="2022-01-25")),
    ("eve", "", "Burns supper at Mum's again. She made the tablet. I've eaten too much tablet.", dict(on="2023-01-25")),
    ("eve", "", "Hogmanay! Lang may yer lum reek, everybody \U0001F973", dict(on="2022-12-31")),
    ("night", "LT", "Hogmanay on nights. Bells at the station wi' a cup of tea and a tin of Quality Street. Happy New Year, folks!", dict(on="2023-12-31")),
    ("any", "", "MOT passed. The car, no me.", {}),
    ("any", "", "If one more person tells me it's 'no that cold' I'm gonnae lose it. It's May. It's four degrees.", {}),
    ("eve", "", "Finished 'Shuggie Bain'. Gutted, in the best way. Need a lie doon.", {}),
    ("any", "", "Morag's sent me forty photos of Finlay's school nativity. He was a sheep. A very loud sheep.", {}),
    ("wkend", "", "Ceilidh at the village hall. The Strip the Willow nearly killed me.", {}),
    ("any", "", "The wee robin's back on the bird feeder. Named him Derek.", {}),
    ("eve", "", "Traitors final! I KNEW it. I said it fae episode one.", {}),
    ("any", "", "Tried cold water swimming in the sea at Collieston. Never again. Well, maybe Tuesday.", {}),
    ("eve", "", "Knitting Finlay a jumper. It has one arm longer than the other. He'll grow intae it.", {}),
    ("any", "", "Scunnered wi' this weather. Sideways rain and it's meant tae be summer.", {}),
    ("any", "", "Bramble's vet says she's 'a bit chunky'. Rude, but fair.", {}),
    ("wkend", "", "Farmers market in Ellon: honey, oatcakes and far too much cheese.", {}),
    ("eve", "", "Still Game repeats are the only thing on the telly worth watching.", {}),
    ("any", "", "Whoever invented the heated clothes airer deserves a knighthood.", {}),
    ("eve", "", "Made clootie dumpling for Dad's birthday. Kitchen looks like a bomb went off, dumpling looks braw.", {}),
    ("any", "", "Found a tenner in ma winter coat. Best day of the year.", {}),
    ("wkend", "", "Day trip tae Stonehaven. Fish supper at the harbour, a 99 at Aunty Betty's, perfect.", {}),
    ("any", "", "Jamie's bought a smart speaker and it doesnae understand a single word I say. 'Play Runrig' — 'Playing: Rain Sounds'.", {}),
    ("eve", "", "The Euros are on and I've become an expert in tactics I don't understand.", dict(on="2024-03")),
    ("any", "", "Bramble's on the sofa. She's no allowed on the sofa. She knows. I know. Nobody's moving.", {}),
    ("eve", "", "Learning the fiddle. Bramble leaves the room every time I start.", {}),
    ("any", "", "Peely-wally after the winter. Need sun. Or a fake tan. Or both.", {}),
    ("wkend", "", "Walked the Formartine and Buchan Way fae Ellon tae Auchnagatt. Feet are hanging.", {}),
    ("eve", "", "Mum's got a new iPad and has discovered voice messages. Pray for me.", {}),
    ("any", "", "That feeling when you open a fresh jar of Nutella. Pure joy.", {}),
    ("eve", "", "Aberdeen Christmas market. Mulled wine, a bratwurst, and a very cold nose.", dict(on="2022-12")),
    ("any", "", "Jamie bought a fancy coffee machine and now he's 'a barista'. I just want a cup of tea, pal.", {}),
    ("eve", "", "Strictly's back! Saturday nights are sorted till Christmas.", dict(on="2023-09")),
    ("any", "", "Gave blood the day. They gave me a Tunnock's teacake. Fair trade.", {}),
    ("wkend", "", "Took Finlay tae the beach at Balmedie. He found a crab and named it Kevin.", dict(photo=True, alt="A small boy crouching over a rock pool")),
    ("any", "", "Phone screen cracked. Again. Bramble wanted it more than I did.", {}),
    ("eve", "", "New episode of the Scotland quiz podcast is a belter. Learned that the unicorn is the national animal. Obviously.", {}),
    ("any", "", "Dentist said I'm a 'heavy brusher'. Is that a compliment?", {}),
    ("sun", "", "Watching the snooker wi' Dad and he's asleep. Classic Sunday.", {}),
    ("any", "", "Had a cracking chat wi' an old wifie at the bus stop aboot her late husband's prize leeks.", {}),
    ("wkend", "", "Dunnottar Castle in the sunshine. One of the best views in Scotland and I'll die on this hill.", dict(photo=True, alt="A ruined castle on a cliff above the sea")),
    ("any", "", "Drank a whole pot of tea before nine. Productive day ahead. Or a lot of toilet trips.", {}),
    ("eve", "", "Jamie's learned tae make macaroni pie. I may actually marry him now.", {}),
    ("any", "", "The wind took ma bin tae the next street. Again.", {}),
    ("any", "", "Bramble has a new nemesis: the Amazon van.", {}),
    ("eve", "", "Finally watched Trainspotting. I'm late tae the party, I know.", {}),
    ("wkend", "", "Munro number 12: Lochnagar! Legs are jelly but I'm buzzing.", dict(photo=True, alt="A view over a loch from a rocky summit")),
    ("any", "", "Somebody on the radio said 'it's bracing oot there'. Mate, it's Baltic.", {}),
    ("eve", "", "Mum's asked when me and Jamie are getting married for the 14th time this year.", {}),
    ("any", "", "Sneaky Greggs. Don't judge me.", {}),
    ("eve", "", "Finished a 1000-piece jigsaw of Edinburgh Castle. One piece missing. I'm livid.", {}),
    ("any", "", "The council's fixed the pothole on oor street! Only took a petition and three years.", {}),
    ("wkend", "", "Peterhead for Dad's 60th. Good family, good food, bad karaoke.", {}),
    ("any", "", "Bramble's learned 'high five'. I'm a proud dug mum.", {}),
    ("eve", "", "Watched The Crown. Still no idea what a 'constitutional crisis' is.", {}),
    ("any", "", "Tried a new cafe in Ellon. Scone the size of ma head. Ten oot of ten.", {}),
    ("eve", "", "Had a right good greet at the end of Paddington 2. Cannae help it.", {}),
    ("wkend", "", "Dug walk at Forvie. Seals everywhere, and Bramble pretending she's no interested.", dict(photo=True, alt="Seals lying on a sandy river bank")),
    ("any", "", "New wellies. Ready for anything now. Well, mud.", {}),
    ("eve", "", "Jamie's work Christmas party is fancy dress. He's going as a traffic cone. It's a very good traffic cone.", dict(on="2023-12")),
    ("any", "", "Someone has put a traffic cone on the statue in Ellon square. Tradition continues.", {}),
    ("eve", "", "Book club chose a 600-page Russian novel. Send coffee.", {}),
    ("any", "", "Bus was late. Then early. Then didnae come. Classic First Aberdeen.", {}),
    ("eve", "", "Celebrating five years wi' Jamie. He got me a new swim bag. Romantic? Aye, actually.", dict(on="2023-03")),
    ("any", "", "Marmalade on toast is an elite breakfast. Paddington was right.", {}),
    ("wkend", "", "Gardening. By which I mean I pulled three weeds and had a cup of tea.", {}),
    ("any", "", "Morag says Finlay's teacher calls him 'a character'. Runs in the family.", {}),
    ("eve", "", "Mastodon's quieter than the other place and I'm here for it.", dict(on="2021-11")),
    ("eve", "", "Hello! New here. Expect dug photos, quiz results and complaints aboot the weather.", dict(on="2021-10-04", vis="public")),
    ("any", "", "Morning, all. It's a tea and toast kind of day.", {}),
    ("eve", "", "Rain on the windae, Bramble on ma feet. Cosy.", {}),
    ("any", "", "Wee walk roond the Ythan this afternoon. Heron stood there like he owns the place.", {}),
    ("wkend", "", "Car boot sale. Bought a lamp shaped like a pineapple. No regrets.", {}),
    ("any", "", "Bramble's decided the hoover is a wolf. We've had words.", {}),
    ("eve", "", "Jamie's mum sent a parcel of homemade shortbread. Best in-law in Scotland.", {}),
    ("any", "", "Sun's oot! Quick, everybody take yer jackets aff before it goes.", {}),
    ("eve", "", "Made a lentil soup that could stand a spoon up. Dad approved.", {}),
    ("wkend", "", "Crathes Castle gardens wi' Mum. She named every single flower. I named none.", {}),
    ("any", "", "Library books overdue again. The fine is basically ma donation tae Aberdeenshire Council at this point.", {}),
    ("eve", "", "Quiet night in. Beans on toast and University Challenge. Got three right.", {}),
    ("any", "", "First frost of the year on the windscreen. Scraper's in the shed, obviously.", {}),
]

# Posts that are replies to someone else's public status (benign, ordinary friends).
REPLIES = {
    # text prefix -> in_reply_to
    "The Dons. Again.": "https://mastodon.scot/users/dons_daily/statuses/109800112233445566",
}

# Boosts (Announce). object = URI string. Not the account holder's words; not labelled.
BOOSTS = [
    ("2021-11-20", "https://mastodon.scot/users/scottishwildlife/statuses/107300112233400001"),
    ("2022-02-14", "https://mastodon.scot/users/aberdeenweather/statuses/107800112233400002"),
    ("2022-05-03", "https://mastodon.social/users/burnsnightbot/statuses/108200112233400003"),
    ("2022-09-18", "https://mastodon.scot/users/ellonlibrary/statuses/109000112233400004"),
    ("2023-01-07", "https://mastodon.scot/users/dons_daily/statuses/109600112233400005"),
    ("2023-05-29", "https://mastodon.social/users/collieclub/statuses/110400112233400006"),
    ("2023-10-12", "https://mastodon.scot/users/scottishwildlife/statuses/111200112233400007"),
    ("2024-02-02", "https://mastodon.scot/users/aberdeenweather/statuses/111800112233400008"),
]

# Direct messages. On Mastodon only the account holder's side is in the archive:
# direct-visibility Create items in outbox.json addressed to the contact.
CONTACTS = [
    dict(handle="@rdeveraux@mastodon.online", name="R. Deveraux", id="https://mastodon.online/users/rdeveraux",
         suspicious=True, messages=[
             ("2022-04-11T19:40:00", "@rdeveraux Sorry, I'm no gonnae tell ye which aircraft are on the base or when they fly. That's no something I talk aboot online."),
             ("2022-04-19T20:05:00", "@rdeveraux Naw, I dinnae want paid for any 'consultancy', and naw, I'm no moving this tae Telegram. Please stop messaging me."),
         ]),
    dict(handle="@m_lennox@mstdn.social", name="M. Lennox", id="https://mstdn.social/users/m_lennox",
         suspicious=True, messages=[
             ("2023-03-02T18:22:00", "@m_lennox I'm no sending ye a photo of ma pass, or the station layout, whatever yer article's aboot. Ask the press office."),
             ("2023-03-05T12:10:00", "@m_lennox And no, I'm no giving ye the call-oot logs either. Blocking now."),
         ]),
    dict(handle="@morag_s@claymore.social", name="Morag", id="https://claymore.social/users/morag_s",
         suspicious=False, messages=[
             ("2022-09-07T17:30:00", "@morag_s Aye, I'll get Finlay fae school on Thursday, nae bother."),
             ("2023-11-20T21:02:00", "@morag_s Mum's birthday: I'll do the cake if you do the card. Deal?"),
         ]),
    dict(handle="@ythanotters@claymore.social", name="Ythan Otters Swim Club", id="https://claymore.social/users/ythanotters",
         suspicious=False, messages=[
             ("2023-02-13T20:15:00", "@ythanotters Can ye put me down for the 400 free at the masters gala? Ta!"),
         ]),
    dict(handle="@talent_airportjobs@mastodon.online", name="Airport Jobs Recruitment", id="https://mastodon.online/users/talent_airportjobs",
         suspicious=False, messages=[
             ("2023-08-22T19:48:00", "@talent_airportjobs Cheers for getting in touch, but I'm happy where I am the now. Good luck wi' the recruiting."),
         ]),
]
