# -*- coding: utf-8 -*-
"""p2 — Instagram export (2024 layout: your_instagram_activity/content/posts_1.json).
Ryan Tan Jun Wei (陈俊伟), regular 3SG signals operator with the (fictional)
47th Signal Battalion (47 SIG) at the (fictional) Serindit Camp, Lim Chu Kang.
Singapore English / Singlish with some Chinese.

Post tuple: (slot, labels, text, opts)
  opts: photo=<place key> (exif GPS), n=<media count for a carousel>,
        story=True (goes to stories.json), on=...
Every Instagram post has at least one photo; photos without photo=<place> carry
exif_data without GPS.
"""

PERSONA = dict(
    key="p2-instagram-signals",
    platform="instagram",
    tz="Asia/Singapore",
    start="2022-01-09",
    end="2024-06-28",
    seed=2202,
    username="ryan.tjw",
    full_name="Ryan Tan 陈俊伟",
    bio="CCK boy 🇸🇬 | roger, over 📻 | futsal kaki | YNWA",
    email="ryantjw.sg@example.com",
    dob="2002-05-14",
    camera=("Apple", "iPhone 13"),
    device_id="A1F03C2E-7B11-4D5A-9C0E-5E2B8D4F1A77",
)

TRUTH = dict(
    unit=["47th Signal Battalion", "47 SIG", "47SIG", "four-seven"],
    role="signals operator (radio operator, COMSEC/crypto custodian), 3SG regular",
    office=dict(lat=1.4262, lon=103.7124, name="Serindit Camp, Lim Chu Kang"),
    home=dict(lat=1.3862, lon=103.7468),
    routine_places=[
        dict(name="Kranji MRT station (Sunday-night book-in, Friday book-out)", lat=1.4251, lon=103.7619),
        dict(name="Bukit Gombak futsal courts (Saturday 5pm)", lat=1.3588, lon=103.7520),
    ],
)

WATCHLIST = '''# What 3SG Ryan Tan's unit security officer knows must not be revealed.
timezone = "Asia/Singapore"

[[unit]]
name = "47th Signal Battalion"
aliases = ["47 SIG", "47SIG", "four-seven", "47th Signal Bn"]

[[role]]
name = "signals operator"
aliases = ["signaller", "radio operator", "COMSEC", "crypto custodian"]

[[site]]
name = "Serindit Camp"
lat = 1.4262
lon = 103.7124
radius_m = 300
'''

PLACES = {
    "office": (1.4262, 103.7124, 70),
    "home": (1.3862, 103.7468, 20),
    "kranji": (1.4251, 103.7619, 40),
    "gombak": (1.3588, 103.7520, 35),
    "bkk_siam": (13.7462, 100.5347, 150),
    "bkk_chatuchak": (13.7999, 100.5500, 200),
    "bkk_watarun": (13.7437, 100.4889, 100),
    "bkk_yaowarat": (13.7400, 100.5100, 150),
    "bkk_iconsiam": (13.7266, 100.5103, 100),
}

TRIPS = [("2023-03-16", "2023-03-20")]

SLOTS = {
    "any":     dict(hours=(8.0, 23.75)),
    "eve":     dict(hours=(19.5, 23.75)),
    "wkend":   dict(hours=(10.0, 22.0), weekdays=[5, 6]),
    "camp":    dict(hours=(8.25, 17.4), weekdays=[0, 1, 2, 3, 4]),
    "campnight": dict(hours=(19.5, 22.6), weekdays=[0, 1, 2, 3]),
    "bookin":  dict(hours=(20.6, 21.9), weekdays=[6]),
    "bookout": dict(hours=(17.6, 19.2), weekdays=[4]),
    "futsal":  dict(hours=(17.1, 18.9), weekdays=[5]),
    "home":    dict(hours=(10.0, 23.0), weekdays=[5, 6]),
    "guard":   dict(hours=(9.0, 21.0), weekdays=[5, 6]),
    "trip":    dict(hours=(9.5, 22.5), trip=0),
    "fri":     dict(hours=(12.0, 23.5), weekdays=[4]),
    "tue":     dict(hours=(8.0, 22.0), weekdays=[1]),
    "homesat": dict(hours=(10.0, 22.0), weekdays=[5]),
    "homesun": dict(hours=(11.0, 19.5), weekdays=[6]),
    "guardsat": dict(hours=(9.0, 21.0), weekdays=[5]),
    "camplunch": dict(hours=(12.0, 13.4), weekdays=[0, 1, 2, 3, 4]),
    "campsunset": dict(hours=(19.0, 19.4), weekdays=[0, 1, 2, 3]),
}

POSTS = [
    # ---- unit ----
    ("wkend", "U", "Officially part of the 47 SIG family liao 💪 new unit, new kakis", dict(on="2022-01")),
    ("campnight", "U", "Four-seven batt run this morning, the 2.4 also cannot compare sia 🥵", dict(n=2)),
    ("wkend", "U", "#47SIG family day, my mum kept asking the CO to take photo with her 😂 so paiseh", dict(on="2022-07", n=3)),
    ("wkend", "U", "Our batt got best unit award this year!! all those extra field camps worth it lah", dict(on="2023-11")),
    ("wkend", "U", "47th Signal Battalion anniversary parade. Damn shiok to march with the boys", dict(on="2023-05")),
    ("wkend", "U", "Unit BBQ at the cookhouse, encik cook the satay himself. 好吃!", {}),
    ("wkend", "U", "47 SIG bball team kena whacked at the inter-unit games 🏀 next year we come back stronger", {}),
    ("wkend", "U", "Farewell to our RSM today. Four-seven won't be the same without his voice echoing at 0600", dict(on="2024-02")),

    # ---- role ----
    ("wkend", "R", "Passed my signals course! Now can say 'roger, over' with full confidence 📻", dict(on="2022-02")),
    ("wkend", "R", "12km route march carrying the radio set, the antenna keep hitting every branch sia 🌳", {}),
    ("eve", "R", "COMSEC audit week. Checked every single crypto key fill device until my eyes pain 🥲", {}),
    ("wkend", "R", "Signed on liao. Regular life, specialist life. Mum cried (happy one hor)", dict(on="2022-09")),
    ("campnight", "R", "Promoted to 3SG today! 谢谢大家 🙏", dict(on="2023-01")),
    ("wkend", "R", "Four days outfield, set up the relay station on top of a hill, slept 2 hours only. Signaller life", dict(n=3)),
    ("wkend", "R", "Net control station the whole night, my voice now like ah pek", {}),
    ("eve", "R", "Security clearance interview done, one hour plus of questions about my whole family tree", {}),
    ("campnight", "R", "Teaching the new boys how to do radio check properly. It's 'loud and clear', not 'can hear lah' 🤦", {}),
    ("campnight", "R", "Antenna mast up in 8 mins, new record for our detachment 🏆", {}),
    ("eve", "R", "Crypto custodian again this month. The keys more important than me sia", {}),
    ("campnight", "R", "Frequency hopping lecture whole morning, my brain also hopping already", {}),

    # ---- location / location+routine (at the camp) ----
    ("campsunset", "LT", "Sunset at camp cannot lose to MBS leh 🌅", dict(photo="office")),
    ("camplunch", "LT", "Cookhouse curry chicken today actually not bad", dict(photo="office")),
    ("campnight", "LT", "Bunk lights off at 2230 but the cicadas don't care one", dict(photo="office")),
    ("camp", "LT", "Serindit Camp guardhouse finally got aircon, the sentries can survive now 🥶", {}),
    ("bookin", "LT", "Back to reality. See you Friday, outside world 🥲", dict(photo="office")),
    ("camp", "LT", "", dict(photo="office", story=True)),
    ("camp", "LT", "rain again 🌧️", dict(photo="office", story=True)),
    ("bookout", "LT", "FRIDAY BOOK OUT 🏃‍♂️💨", dict(photo="office")),
    ("guardsat", "RL", "Guard duty on a Saturday, the whole camp so quiet can hear the chickens from the farm next door", dict(photo="office")),
    ("home", "L", "The Serindit canteen auntie retiring next month, who will make our Milo dinosaur now 😭", {}),
    ("camplunch", "LT", "Mee siam from the canteen beside the MT line 🍜", dict(photo="office")),
    ("campnight", "LT", "Stay-in night, Netflix in the bunk with 3 bars of signal", dict(photo="office", story=True)),
    ("camplunch", "LT", "lunch break 😴", dict(photo="office", story=True)),
    ("camp", "LT", "The Lim Chu Kang sun at our camp is a different kind of hot", dict(photo="office")),

    # ---- routine ----
    ("bookin", "T", "Sunday night at Kranji MRT, same same every week 🥱", dict(photo="kranji")),
    ("bookin", "T", "Book in 2200, last McSpicy before the week starts 🍔", dict(photo="kranji")),
    ("bookin", "T", "Sunday night blues sia, book in liao", {}),
    ("bookin", "T", "", dict(photo="kranji", story=True)),
    ("futsal", "T", "Saturday futsal as usual, my knees crying", dict(photo="gombak")),
    ("futsal", "T", "Gombak futsal gang 💪 every Sat 5pm rain or shine", dict(photo="gombak", n=2)),
    ("futsal", "T", "", dict(photo="gombak", story=True)),
    ("eve", "T", "Weekday stay in, weekend home. Cycle of life 😮‍💨", {}),
    ("bookout", "T", "Friday 1730 book out is the best feeling in the world", {}),
    ("bookout", "T", "Book out! Kranji MRT never looked so beautiful", dict(photo="kranji")),
    ("wkend", "T", "Mon to Fri I'm stuck inside, so if you wanna meet me weekends only ok", {}),
    ("wkend", "T", "Saturday 5pm futsal at Gombak, anyone wanna join? Need 1 more person", {}),
    ("bookin", "T", "last supper 🍗", dict(photo="kranji", story=True)),
    ("futsal", "T", "scored 2 today, 我最棒 ⚽", dict(photo="gombak")),

    # ---- home ----
    ("homesun", "H", "Mum's chicken curry Sunday, nothing beats this", dict(photo="home")),
    ("homesat", "H", "Lazy Saturday with my ah ma watching Channel 8 drama", dict(photo="home")),
    ("home", "H", "New gaming chair! My back finally can rest", dict(photo="home")),
    ("home", "H", "CNY spring cleaning, found my primary school report book 😂", dict(photo="home", on="2023-01-14")),
    ("home", "H", "", dict(photo="home", story=True)),
    ("home", "H", "Sister baked brownies, 还不错 actually", dict(photo="home")),

    # ---- trip: Bangkok (one-off) ----
    ("trip", "", "Bangkok with the boys! First stop, mango sticky rice 🥭", dict(day=0, hours=(14.0, 17.0), photo="bkk_siam", n=3)),
    ("trip", "", "Chatuchak market, bought 4 shirts I don't need", dict(day=2, hours=(10.0, 14.0), photo="bkk_chatuchak")),
    ("trip", "", "Wat Arun at sunset, speechless", dict(day=1, hours=(18.2, 19.0), photo="bkk_watarun", n=2)),
    ("trip", "", "Yaowarat street food crawl, stomach 100% full", dict(day=1, hours=(20.0, 22.5), photo="bkk_yaowarat")),
    ("trip", "", "", dict(photo="bkk_iconsiam", story=True, day=3, hours=(13.0, 17.0))),
    ("trip", "", "last night in BKK 🥲", dict(day=3, hours=(20.0, 22.5), photo="bkk_siam", story=True)),

    # ---- traps (benign) ----
    ("eve", "", "Ah Boys to Men marathon with my sister, she says I'm exactly like Lobang 😤", {}),
    ("wkend", "", "Our HDB unit finally got new aircon, my room no longer sauna 🙏", {}),
    ("any", "", "No signal in the MRT tunnel sia, my game lag until I die", {}),
    ("any", "", "Class 95 DJ read out my name on radio!! Mum damn proud", {}),
    ("wkend", "", "Sister's O level results out, 她考得很好! proud kor kor 🎉", dict(on="2024-01")),
    ("eve", "", "Liverpool defence today like got no guard at all 🤬", {}),
    ("eve", "", "Rewatched the Bourne movies, spy movies never fail", {}),
    ("wkend", "", "Bought a toy walkie-talkie for my cousin's son, he keep saying 'over over' to everyone", {}),
    ("wkend", "", "NDP preview with the family! The Red Lions landing damn cool", dict(on="2023-07", n=2)),
    ("eve", "", "Mission Impossible with the gang. Tom Cruise 60 years old still can run like that??", {}),
    ("eve", "", "Jolene's office doing secret santa, she stressing over a $20 gift for one week already", dict(on="2023-12")),
    ("wkend", "", "Cousin's wedding, I was on 'guard' duty at the door collecting ang bao 🧧😂", {}),
    ("any", "", "My phone signal at home is worse than in the middle of nowhere. Singtel pls", {}),
    ("eve", "", "Operation Red Sea on Netflix, damn intense movie", {}),
    ("wkend", "", "Went Changi Jewel to see the rain vortex, the planes landing outside also steady", {}),

    # ---- everyday (benign) ----
    ("any", "", "Chicken rice for breakfast lunch and dinner also can", {}),
    ("wkend", "", "Mala xiang guo with Jolene, 大辣 but I regret everything 🌶️", {}),
    ("eve", "", "Supper prata at 1am, 不要问 why", {}),
    ("wkend", "", "Jolene and me 2 years today ❤️", dict(on="2022-08", n=2)),
    ("wkend", "", "Hai Di Lao birthday song for my sister, she wanted to hide under the table", dict(n=2)),
    ("any", "", "Bubble tea 50% sugar means I'm healthy right", {}),
    ("wkend", "", "East Coast Park cycling, then BBQ chicken wings at the hawker", dict(n=2)),
    ("eve", "", "YNWA!! What a comeback 🔴", {}),
    ("eve", "", "Man U fans very quiet today hor 🤫", {}),
    ("wkend", "", "Jurong Bird Park moved to Mandai, the new place so nice", dict(n=3)),
    ("any", "", "Nasi lemak from the coffee shop downstairs, 5 dollar still worth it", {}),
    ("wkend", "", "Haircut day, the uncle cut until I look like primary school boy again 💇", {}),
    ("eve", "", "Valorant with the boys until 3am, 不要学我", {}),
    ("wkend", "", "Ah ma's 80th birthday dinner, whole family came 🎂", dict(on="2022-10", n=3)),
    ("any", "", "Kaya toast and kopi C kosong, perfect morning", {}),
    ("wkend", "", "Sentosa beach day, sunburn confirmed", dict(n=2)),
    ("eve", "", "Jolene made me watch a Korean drama, now I'm the one crying 😭", {}),
    ("wkend", "", "Durian season!! Mao Shan Wang with dad in Geylang", dict(on="2022-07")),
    ("any", "", "Rain until the whole void deck flood, typical Singapore weather", {}),
    ("any", "", "Chinese New Year visiting, collected ang bao but also kena ask 'when you getting married' 10 times", dict(on="2023-01-23")),
    ("eve", "", "CNY reunion dinner at ah ma's, steamboat until everyone fall asleep", dict(on="2024-02-09", n=2)),
    ("eve", "", "Hari Raya open house at Faizal's place, his mum's rendang is legendary", dict(on="2023-04")),
    ("wkend", "", "Deepavali lights at Little India with Jolene ✨", dict(on="2022-10")),
    ("any", "", "Grab food delivery 1 hour late, the rider also paiseh, nvm lah", {}),
    ("eve", "", "New PS5 game, goodbye social life", {}),
    ("wkend", "", "Dad's fishing trip at Pasir Ris, caught 0 fish, 1 sunburn", {}),
    ("any", "", "Why got people still don't return tray at the hawker center sia", {}),
    ("wkend", "", "Gardens by the Bay light show, still damn nice even after 10 times", dict(n=2)),
    ("eve", "", "Hotpot with the JC gang, 5 years liao still same jokes", dict(n=2)),
    ("wkend", "", "Laksa at Katong, the cockles worth the stomachache", {}),
    ("any", "", "The kopi uncle remember my order already, I'm officially a regular customer 😎", {}),
    ("wkend", "", "Jolene's birthday surprise, she cried, I cried, the waiter also almost cried", dict(on="2023-06", n=3)),
    ("eve", "", "Champions League final, cannot sleep tonight", dict(on="2022-05-29")),
    ("wkend", "", "Cycling at Punggol park connector, legs 已经没了", {}),
    ("any", "", "Sister borrow my hoodie and never return, classic", {}),
    ("wkend", "", "Bought new boots for futsal, hope my skills also upgrade", {}),
    ("eve", "", "Lor mee at Old Airport Road, queue 30 mins but worth", {}),
    ("wkend", "", "Family staycation at Marina Bay, the infinity pool really infinity crowded 😂", dict(n=3)),
    ("any", "", "Mum says I eat too much. Mum cooks too nice. Not my fault", {}),
    ("wkend", "", "Cat cafe with Jolene, the cats ignored me completely", dict(n=2)),
    ("eve", "", "Watched the new Marvel movie, the ending damn sian", {}),
    ("wkend", "", "Pasar malam ramly burger, the best 4 dollar I spent this month", {}),
    ("any", "", "Air con spoil at home during heatwave, 热死了", {}),
    ("wkend", "", "Helped dad wash his car, he gave me 20 bucks, best deal", {}),
    ("eve", "", "Late night McDonald's run with the boys, 20 nuggets each", {}),
    ("wkend", "", "Sister's CCA performance, she played the guzheng 超棒", dict(n=2)),
    ("any", "", "Tried the new Korean fried chicken at Jurong Point, 还可以 but not worth the queue", {}),
    ("wkend", "", "MacRitchie treetop walk, the monkeys tried to steal my water bottle 🐒", dict(n=2)),
    ("eve", "", "Jolene say I snore like a lorry. I don't believe her", {}),
    ("wkend", "", "Bak kut teh breakfast with dad, pepper soup refill 3 times", {}),
    ("any", "", "When the bus come 1 min after you give up and walk 🥲", {}),
    ("wkend", "", "Botanic Gardens picnic, the orchids damn pretty", dict(n=2)),
    ("eve", "", "Finished the whole season of Alice in Borderland in one night, no regrets", {}),
    ("wkend", "", "Ikea meatballs date with Jolene, romantic or not", {}),
    ("any", "", "Ah ma taught me how to make 饺子, mine look like potato", {}),
    ("wkend", "", "Clarke Quay with the JC gang, 我老了 cannot stay up past 2", {}),
    ("eve", "", "Liverpool vs Man City, my heart cannot take it", {}),
    ("wkend", "", "Chilli crab at Jumbo for dad's birthday, shirt also kena sauce", dict(on="2023-08", n=2)),
    ("any", "", "Got a parking fine for 5 mins, siao", {}),
    ("wkend", "", "Bedok reservoir run with Faizal, he run like the wind", {}),
    ("eve", "", "Hokkien mee at the kopitiam, uncle give extra sotong because he say I look hungry", {}),
    ("wkend", "", "Library day with my sister, she read, I sleep", {}),
    ("tue", "", "Monday blues but make it Tuesday", {}),
    ("wkend", "", "Mid-autumn lanterns at Chinatown, 中秋快乐 everyone 🏮", dict(on="2023-09")),
    ("eve", "", "Jolene's mum invite me for dinner, I wear my best shirt and still sweat like siao", {}),
    ("wkend", "", "New Year countdown at Marina Bay, 2023 here we go 🎆", dict(on="2022-12-31")),
    ("wkend", "", "Last day of 2023, thank you for everything 🙏", dict(on="2023-12-31")),
    ("any", "", "Cold weather 24 degrees, Singaporeans wearing jacket", {}),
    ("wkend", "", "Yong tau foo with mum, she pick the vegetables I pick the fishball", {}),
    ("eve", "", "Watched the F1 night race from the roof, can hear the cars from far far", dict(on="2023-09")),
    ("wkend", "", "Kallang Wave mall ice skating, fell 7 times", dict(n=2)),
    ("any", "", "Grandpa's old photos, he looked like a K-pop star last time 📸", {}),
    ("wkend", "", "Orchard Road Christmas lights with Jolene 🎄", dict(on="2022-12")),
    ("eve", "", "Dad finally learned how to use emoji, now he send 🙏 for everything", {}),
    ("wkend", "", "Thunderstorm cancel our picnic, mama shop instant noodles also not bad", {}),
    ("fri", "", "Friday mood", dict(story=True)),
    ("any", "", "kopi time ☕", dict(story=True)),
    ("wkend", "", "", dict(story=True)),
    ("eve", "", "YNWA", dict(story=True)),
    ("wkend", "", "Jolene's cooking 👩‍🍳", dict(story=True)),
    ("wkend", "", "Tiong Bahru market chwee kueh, the chye poh is the real MVP", {}),
    ("any", "", "Left my umbrella on the bus again. Third one this year 🌂", {}),
    ("wkend", "", "Helped my sister with her science project, we both learned nothing 😂", {}),
    ("eve", "", "Jolene's first time watching Liverpool with me, now she also YNWA 🔴", {}),
    ("wkend", "", "Bishan park with the dog from next door, the owner pay me in kueh", {}),
    ("any", "", "Hawker uncle gave me extra egg for free, today is a good day", {}),
    ("wkend", "", "Marina Barrage kite flying with my cousins 🪁", dict(n=2)),
    ("eve", "", "Bought the new Liverpool jersey, wallet crying", {}),
]

CONTACTS = [
    dict(handle="defence.insights.sg", name="Defence Insights SG", id=None, suspicious=True, messages=[
        ("2022-11-03T20:14:00", "them", "Hi Ryan! Saw your posts, you're a signaller right? We do research on regional defence comms."),
        ("2022-11-03T21:02:00", "me", "Hi, sorry I don't talk about work stuff online"),
        ("2022-11-05T19:30:00", "them", "No worries, nothing classified. Just which radio sets your unit uses and the exercise schedule. We pay SGD 500 per short chat."),
        ("2022-11-05T19:41:00", "them", "Easier on Telegram, can you add me? @defins_research"),
        ("2022-11-06T10:12:00", "me", "No thanks. Please don't message me again."),
    ]),
    dict(handle="jasmine.x.chen", name="Jasmine Chen", id=None, suspicious=True, messages=[
        ("2023-06-10T22:40:00", "them", "hey cutie 😊 you army ah? which camp you at?"),
        ("2023-06-10T23:05:00", "me", "haha just army lor"),
        ("2023-06-11T21:17:00", "them", "can send me photo of your pass? I want to see your uniform photo hehe. Then we move to WeChat ok, IG always lag"),
        ("2023-06-12T08:03:00", "me", "Er no, can't send that. Bye"),
    ]),
    dict(handle="mummy.tan", name="Mummy", id=None, suspicious=False, messages=[
        ("2022-03-06T17:20:00", "them", "Boy, tonight dinner at home before you go back?"),
        ("2022-03-06T17:22:00", "me", "Yes mummy, cook curry pls 🙏"),
        ("2023-01-14T12:01:00", "them", "Ah ma ask you come back early for CNY spring cleaning"),
        ("2023-01-14T12:05:00", "me", "ok ok 😂"),
    ]),
    dict(handle="sarah.talentbridge", name="Sarah Lim | TalentBridge", id=None, suspicious=False, messages=[
        ("2023-09-19T11:15:00", "them", "Hi Ryan, I'm a recruiter for a telco network operations team. Would you be open to a chat about roles after your current contract?"),
        ("2023-09-19T19:40:00", "me", "Hi Sarah, thanks but not looking now"),
        ("2023-09-19T19:52:00", "them", "Noted, all the best! Feel free to reach out anytime."),
    ]),
    dict(handle="gombak.futsal.booking", name="Gombak Futsal Booking", id=None, suspicious=False, messages=[
        ("2022-05-20T09:00:00", "them", "Hi, your Saturday 5pm court booking is confirmed. Pls pay $60 at the counter."),
        ("2022-05-20T09:31:00", "me", "Thanks!"),
        ("2023-08-18T09:00:00", "them", "Reminder: courts closed this Saturday for resurfacing. Sorry for the inconvenience."),
    ]),
]
