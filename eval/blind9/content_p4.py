# -*- coding: utf-8 -*-
"""p4 — Facebook "Download Your Information", newest (2024+) layout:
your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json,
your_facebook_activity/posts/check-ins.json, .../posts/album/0.json,
.../posts/media/<Album>/..., your_facebook_activity/messages/inbox/...,
personal_information/profile_information/profile_information.json.
Jess Lim 林慧欣, forensic DNA analyst at the (fictional) Makmal Forensik PDRM
Sungai Kelambu, Selangor. Malaysian Chinese: Simplified Chinese mixed with
Malay and English.

Post tuple: (slot, labels, text, opts)
  opts: geo=<place key> (check-in; place name from PLACE_NAMES),
        photo=<place key> (photo with exif GPS), photo=True (photo, no GPS), on=...
"""

PERSONA = dict(
    key="p4-facebook-dna",
    platform="facebook",
    tz="Asia/Kuala_Lumpur",
    start="2021-08-02",
    end="2024-03-29",
    seed=4404,
    full_name="Jess Lim 林慧欣",
    pronoun="her",
    username="jess.lim.huixin",
    current_city="Puchong, Selangor, Malaysia",
    hometown="Ipoh, Perak, Malaysia",
    about_me="吃货 | Sunday hiker 🥾 | Mochi的妈 🐈 | 🧬",
    camera=("samsung", "SM-S911B"),
    album="TimelinePhotos_8fQ2kL",
)

TRUTH = dict(
    unit=["Makmal Forensik PDRM Sungai Kelambu", "Makmal Forensik Sungai Kelambu",
          "Sungai Kelambu", "SK Lab"],
    role="forensic DNA analyst (PCR, STR profiling, expert witness)",
    office=dict(lat=3.0215, lon=101.7065, name="Makmal Forensik PDRM Sungai Kelambu"),
    home=dict(lat=3.0336, lon=101.6190),
    routine_places=[
        dict(name="Restoran Ah Hock, Seri Kembangan (weekday breakfast)", lat=3.0262, lon=101.7018),
        dict(name="Bukit Gasing Forest Park (Sunday hike)", lat=3.0985, lon=101.6645),
    ],
)

WATCHLIST = '''# What Jess Lim's laboratory security officer knows must not be revealed.
timezone = "Asia/Kuala_Lumpur"

[[unit]]
name = "Makmal Forensik PDRM Sungai Kelambu"
aliases = ["Makmal Forensik Sungai Kelambu", "Sungai Kelambu", "SK Lab", "PDRM forensic"]

[[role]]
name = "forensic DNA analyst"
aliases = ["DNA analyst", "STR profiling", "expert witness", "chain of custody"]

[[site]]
name = "Makmal Forensik PDRM Sungai Kelambu"
lat = 3.0215
lon = 101.7065
radius_m = 300
'''

PLACES = {
    "office": (3.0215, 101.7065, 50),
    "home": (3.0336, 101.6190, 20),
    "ahhock": (3.0262, 101.7018, 15),
    "gasing": (3.0985, 101.6645, 60),
    "hok_sapporo": (43.0618, 141.3545, 150),
    "hok_otaru": (43.1907, 140.9947, 150),
    "hok_odori": (43.0605, 141.3500, 100),
    "hok_noboribetsu": (42.4960, 141.1440, 150),
    "hok_asahiyama": (43.7686, 142.4800, 120),
}

PLACE_NAMES = {
    "office": ("Makmal Forensik PDRM Sungai Kelambu", "Jalan Kelambu Jaya, 43300 Seri Kembangan, Selangor"),
    "ahhock": ("Restoran Ah Hock", "Jalan SK 7/2, 43300 Seri Kembangan, Selangor"),
    "gasing": ("Bukit Gasing Forest Park", "Jalan Gasing, 46000 Petaling Jaya, Selangor"),
    "home": ("Home Sweet Home", ""),
    "hok_sapporo": ("Sapporo TV Tower", "1 Chome Odorinishi, Chuo Ward, Sapporo, Hokkaido"),
    "hok_otaru": ("Otaru Canal", "Minatomachi, Otaru, Hokkaido"),
    "hok_odori": ("Odori Park", "Odorinishi, Chuo Ward, Sapporo, Hokkaido"),
    "hok_noboribetsu": ("Noboribetsu Jigokudani", "Noboribetsuonsencho, Noboribetsu, Hokkaido"),
    "hok_asahiyama": ("Asahiyama Zoo", "Higashi Asahikawacho Kuranuma, Asahikawa, Hokkaido"),
}

TRIPS = [("2023-11-25", "2023-11-29")]
# On-call one week in four (ISO week number % 4 == ONCALL_MOD).
ONCALL_MOD = 1

SLOTS = {
    "any":     dict(hours=(7.5, 23.75)),
    "eve":     dict(hours=(19.5, 23.75)),
    "wkend":   dict(hours=(10.0, 21.0), weekdays=[5, 6]),
    "lab":     dict(hours=(8.6, 17.3), weekdays=[0, 1, 2, 3, 4]),
    "breakfast": dict(hours=(7.55, 8.2), weekdays=[0, 1, 2, 3, 4]),
    "hike":    dict(hours=(8.0, 9.75), weekdays=[6]),
    "oncall":  dict(hours=(20.0, 23.75), oncall=True),
    "callout": dict(hours=(1.0, 4.5), oncall=True),
    "home":    dict(hours=(19.5, 23.0)),
    "labmon":  dict(hours=(8.6, 10.5), weekdays=[0]),
    "mon":     dict(hours=(7.5, 22.0), weekdays=[0]),
    "suneve":  dict(hours=(20.0, 23.5), weekdays=[6]),
    "wdeve":   dict(hours=(19.5, 23.5), weekdays=[0, 1, 2, 3, 4]),
    "precourt": dict(hours=(21.0, 23.75), weekdays=[0, 1, 2, 3]),
    "trip":    dict(hours=(9.0, 21.5), trip=0),
}

POSTS = [
    # ---- unit ----
    ("eve", "U", "调来Sungai Kelambu的makmal第一天，紧张到手心都是汗 🙏 新环境新同事，加油！", dict(on="2021-08")),
    ("wkend", "U", "我们makmal的Hari Raya open house，kakak们的rendang best gila 🤤", dict(on="2022-05", photo=True)),
    ("wkend", "U", "SK Lab family day，孩子们玩草莓DNA提取，比大人还认真 🍓", dict(on="2022-09", photo=True)),
    ("labmon", "ULT", "又是星期一 😩", dict(geo="office")),
    ("eve", "UR", "PDRM forensic 部门今年有招 DNA analyst，有兴趣的inbox我，我可以share一下经验", dict(on="2023-03")),
    ("eve", "UL", "Makmal Sungai Kelambu 的新大楼终于开幕了，不用再挤旧楼的小lab了 🎉", dict(on="2022-11")),
    ("eve", "U", "Our lab's ISO 17025 accreditation renewed!! 大家辛苦了 🥳", dict(on="2023-08")),
    ("lab", "URLT", "同事们在makmal的pantry帮我庆生，蛋糕上写 'Happy Birthday Dr. PCR' 😂 谢谢你们", dict(on="2022-07-12", photo="office")),

    # ---- role ----
    ("wdeve", "R", "今天跑了96个sample的PCR，眼睛都花了 🥴", {}),
    ("eve", "R", "STR profile终于出来了，一个mixture搞了我三天，fuh，总算解决", {}),
    ("precourt", "R", "明天要上庭做expert witness，紧张到睡不着，明天的我加油 💪", {}),
    ("eve", "R", "Chain of custody form 写错一个字就要重来，细心细心再细心", {}),
    ("eve", "R", "Casework backlog 又多了两百个case，大家一起撑住吧", {}),
    ("wdeve", "R", "今天在court被defence lawyer盘问了一个小时，还好我的report写得够清楚", {}),
    ("eve", "R", "Proficiency test 过了！今年又安全过关 ✅", {}),
    ("wdeve", "R", "新的capillary electrophoresis机器到了，像拿到新玩具一样开心", {}),
    ("wdeve", "R", "做完security vetting面试，连我大学的室友都被问到 😅", {}),
    ("wdeve", "R", "教新来的analyst做DNA extraction，想起当年手抖的自己", {}),
    ("wdeve", "R", "Quantification 结果不理想，明天又要重新extract，sigh", {}),
    ("wkend", "R", "去母校讲forensic DNA的career talk，学生问我是不是像CSI那样半小时出结果 😂 我说半年还差不多", dict(on="2023-10")),

    # ---- location / location+routine ----
    ("lab", "LT", "Lab的咖啡机坏了，整层楼的人都在崩溃 ☕💔", dict(photo="office")),
    ("lab", "LT", "午餐tapau nasi lemak，在办公桌解决", dict(photo="office")),
    ("lab", "LT", "下雨天的停车场，又没位 🌧️", dict(photo="office")),
    ("lab", "LT", "Makmal后门那条路又在挖，jam到我差点迟到", {}),
    ("callout", "RLT", "凌晨两点被call回来，现在坐在lab等extraction跑完 😴", dict(photo="office")),
    ("lab", "LT", "窗外的彩虹 🌈", dict(photo="office")),
    ("eve", "L", "Jalan Kelambu Jaya那边新开了一间mamak，就在我上班的地方对面，下次试试", {}),
    ("lab", "LT", "Team lunch完回到lab继续打仗", dict(photo="office")),
    ("lab", "LT", "Lab里冷到要穿外套，外面35度，人生好矛盾", dict(photo="office")),
    ("lab", "LT", "", dict(photo="office")),

    # ---- routine ----
    ("breakfast", "T", "每天早上的kopi o kosong，没有它我不能开工", dict(geo="ahhock")),
    ("breakfast", "T", "Roti bakar + half boiled egg，老样子", dict(geo="ahhock")),
    ("breakfast", "T", "早餐报到 ☕", dict(geo="ahhock")),
    ("hike", "T", "星期天Bukit Gasing打卡 ✅", dict(geo="gasing")),
    ("hike", "T", "每个星期天早上爬Bukit Gasing，今天终于不喘了 💪", dict(geo="gasing")),
    ("hike", "T", "Gasing的早晨，空气好清新", dict(photo="gasing")),
    ("oncall", "T", "这个星期on-call，手机不敢离身，不能去KL玩了", {}),
    ("oncall", "T", "On-call week again，每四个星期一次，准时到让人害怕", {}),
    ("oncall", "T", "On-call的晚上只能在家追剧，随时待命 📱", {}),
    ("any", "T", "早上7点半出门，5点半下班，塞车一小时，这就是Klang Valley的人生", {}),
    ("hike", "T", "Sunday hike geng 又集合了 🥾", dict(geo="gasing")),
    ("breakfast", "T", "老板看到我就开始冲kopi了 😂", dict(photo="ahhock")),
    ("hike", "T", "", dict(photo="gasing")),

    # ---- home ----
    ("home", "H", "妈妈教的咖喱鸡，终于煮出她的味道了", dict(photo="home")),
    ("home", "H", "Mochi 今天又霸占了我的枕头 🐈", dict(photo="home")),
    ("home", "H", "新买的air fryer，今晚什么都要丢进去炸", dict(photo="home")),
    ("home", "H", "周末在家做kuih lapis，一层一层好有成就感", dict(photo="home")),
    ("home", "H", "阳台的辣椒终于长出来了 🌶️", dict(photo="home")),
    ("home", "H", "Home sweet home，出差回来最想念的是自己的床", dict(geo="home")),

    # ---- trip: Hokkaido (one-off, benign) ----
    ("trip", "", "北海道我来了！第一次看到雪，像个孩子一样 ❄️", dict(day=0, hours=(12.0, 15.0), geo="hok_sapporo")),
    ("trip", "", "小樽运河，雪中的灯好浪漫", dict(day=1, hours=(16.5, 19.5), geo="hok_otaru", photo="hok_otaru")),
    ("trip", "", "大通公园的玉米和汤咖喱，冷天吃最正", dict(day=0, hours=(17.0, 20.0), photo="hok_odori")),
    ("trip", "", "登别地狱谷，硫磺味很重但超壮观", dict(day=3, geo="hok_noboribetsu")),
    ("trip", "", "旭山动物园的北极熊和企鹅，太可爱了 🐧", dict(day=2, hours=(11.0, 14.5), photo="hok_asahiyama")),

    # ---- traps (benign) ----
    ("eve", "", "重温TVB《法证先锋》，小时候就是看这个长大的 📺", {}),
    ("any", "", "吃辣是刻在我们马来西亚人DNA里的 🌶️🌶️🌶️", {}),
    ("eve", "", "Condo unit 的管理费又涨了，真的不想活了", {}),
    ("wkend", "", "侄子学校的science lab开放日，他做了火山爆发实验，弄得到处都是 🌋", {}),
    ("any", "", "CNY回乡路上被police roadblock拦下来，原来只是检查road tax 😅", dict(on="2023-01-20")),
    ("eve", "", "追CSI Vegas新一季，Grissom回来了!!", {}),
    ("any", "", "Covid test 又是阴性 ✅ 可以回家见妈妈了", dict(on="2022-02")),
    ("any", "", "拿到driving test的结果了——不是我，是我弟 😂 他终于过了", {}),
    ("wkend", "", "回Ipoh看爸妈，家里的Labrador Coco今天学会握手了 🐕", dict(photo=True)),
    ("eve", "", "名侦探柯南剧场版，柯南又在放大绝了", {}),
    ("eve", "", "Netflix的 spy drama 'The Night Agent' 一口气看完", {}),
    ("any", "", "这个秘密我要带进棺材：我其实不喜欢榴莲 🤫", {}),
    ("wkend", "", "侄子问我DNA是什么，我说就是你为什么长得像你爸爸 😂", {}),

    # ---- everyday (benign) ----
    ("any", "", "早餐 nasi lemak 加 sambal sotong，今天可以了", {}),
    ("wkend", "", "Ipoh的hor fun还是最好吃的，KL的比不上", dict(photo=True)),
    ("eve", "", "Char kuey teow 要有锅气，这间有！", {}),
    ("wkend", "", "Bak kut teh 早餐，Klang的那间排了半小时", {}),
    ("wkend", "", "下午三点的teh tarik，续命用", {}),
    ("wkend", "", "Durian season！Musang King 一粒RM60，吃了心痛也嘴爽", dict(on="2022-07")),
    ("eve", "", "Mochi 今天把我的耳机线咬断了，第三条了 😤", {}),
    ("any", "", "下大雨，Federal Highway又变停车场", {}),
    ("wkend", "", "Genting 避暑，冷到要穿两件外套", {}),
    ("eve", "", "Lee Zii Jia 赢了！！整间mamak的人都在欢呼 🏸", {}),
    ("eve", "", "Harimau Malaya 加油！今晚不睡了", {}),
    ("wkend", "", "Penang 的 asam laksa，酸得好过瘾", dict(photo=True)),
    ("any", "", "Touch 'n Go 又没钱了，toll 前面才发现，paiseh 后面的车", {}),
    ("eve", "", "Kelvin 煮了他的第一道菜：蛋炒饭。很咸，但我吃光了 ❤️", {}),
    ("wkend", "", "Pasar malam 的 apam balik，小时候的味道", {}),
    ("mon", "", "Monday 又来了，walao", {}),
    ("eve", "", "新年快乐！虎年行大运 🐯", dict(on="2022-02-01")),
    ("eve", "", "兔年快乐！大家身体健康，年年有余 🐰🧧", dict(on="2023-01-22")),
    ("eve", "", "龙年快乐！今年一定要发 🐉", dict(on="2024-02-10")),
    ("wkend", "", "Selamat Hari Raya Aidilfitri to all my Muslim friends, maaf zahir dan batin 🌙", dict(on="2023-04-22")),
    ("any", "", "Happy Deepavali! 朋友家的murukku 吃了一整罐 🪔", dict(on="2022-10-24")),
    ("eve", "", "Merdeka! 马来西亚生日快乐 🇲🇾", dict(on="2022-08-31")),
    ("eve", "", "Selamat Hari Malaysia 🇲🇾", dict(on="2023-09-16")),
    ("wkend", "", "Kelvin 的生日，去了一间fine dining，份量小到我回家又煮了泡面 😂", dict(photo=True)),
    ("any", "", "Grab 司机问我是不是学生，今天心情超好", {}),
    ("eve", "", "追完《黑暗荣耀》，宋慧乔演得太好了", {}),
    ("wkend", "", "Cameron Highlands 摘草莓，还有scones配奶茶 🍓", {}),
    ("any", "", "天气热到融化，35度 + humidity 90%", {}),
    ("eve", "", "妈妈打video call来只是要给我看她新种的花", {}),
    ("wkend", "", "Sunway Pyramid 逛了一天，什么都没买，脚好酸", {}),
    ("any", "", "今天的云好漂亮，KL难得的蓝天", {}),
    ("eve", "", "Mochi 生日快乐！三岁了，给你开罐罐 🎂", dict(photo=True)),
    ("wkend", "", "Melaka 一日游，chicken rice ball 和 cendol 吃到饱", dict(photo=True)),
    ("any", "", "Shopee 11.11 又买了一堆不需要的东西", dict(on="2022-11-11")),
    ("eve", "", "去了 Jalan Alor 吃宵夜，烤鸡翅好香", {}),
    ("wkend", "", "带妈妈去 Pavilion 喝下午茶，她一直说太贵 😂", {}),
    ("any", "", "Air con 坏了，家里像桑拿", {}),
    ("eve", "", "Lee Chong Wei 的纪录片看完，哭得稀里哗啦", {}),
    ("wkend", "", "Putrajaya 骑脚车，风好大但好舒服 🚲", {}),
    ("any", "", "今天终于把drawer整理好了，发现五支一模一样的笔", {}),
    ("eve", "", "Kelvin 说我打呼，我说那是Mochi", {}),
    ("wkend", "", "Fraser's Hill 的早晨，雾好大，好像在国外", {}),
    ("any", "", "Mamak 的 roti canai 加 teh tarik，世界上最好的组合", {}),
    ("eve", "", "看了《周处除三害》，太好看了", dict(on="2024-03")),
    ("wkend", "", "周末打扫屋子，Mochi 一直在捣乱", {}),
    ("any", "", "又下雨了，洗的衣服又白洗了", {}),
    ("eve", "", "Kelvin 求婚了！！！我说YES 💍😭", dict(on="2023-06-17", photo=True)),
    ("wkend", "", "试婚纱，每件都好美，好难选", dict(on="2023-09")),
    ("any", "", "Wedding planning 好累，为什么要请那么多人 😵", dict(on="2023-10")),
    ("eve", "", "婚礼的喜饼试吃，我可以每天都试吃吗", dict(on="2024-01")),
    ("wkend", "", "Bukit Bintang 的圣诞灯好漂亮 🎄", dict(on="2022-12")),
    ("any", "", "Happy New Year 2023！希望今年大家都平安", dict(on="2023-01-01")),
    ("eve", "", "跨年夜在家吃火锅，最幸福", dict(on="2023-12-31")),
    ("wkend", "", "Port Dickson 海边，晒到脱皮", {}),
    ("any", "", "Mochi 今天第一次看到蟑螂，吓得跳起来 😂", {}),
    ("eve", "", "《与凤行》好看吗？朋友都在追", dict(on="2024-03")),
    ("wkend", "", "Klang 的 satay 和 lok lok，吃到撑", {}),
    ("any", "", "Grab food 送错了，来了一份我没点的nasi kandar，还是吃了", {}),
    ("eve", "", "学做 tiramisu，成功了一半", {}),
    ("wkend", "", "Ipoh 旧街场的白咖啡，每次回来一定要喝", {}),
    ("any", "", "今天看到一只好大的monitor lizard在公园，吓死", {}),
    ("eve", "", "羽毛球打了两小时，明天手会举不起来", {}),
    ("wkend", "", "Thean Hou Temple 拜拜，祈求家人平安 🙏", {}),
    ("any", "", "Petrol 又涨价了，想骑脚车上班", {}),
    ("eve", "", "Kelvin 买了 PS5，我失去男朋友了", {}),
    ("wkend", "", "Batu Caves 爬了272级楼梯，猴子抢了我的水 🐒", {}),
    ("any", "", "咖啡第三杯，不要问", {}),
    ("eve", "", "Mochi 学会开门了，我要换门把了", {}),
    ("wkend", "", "和大学好友 reunion，大家都变成大人了", {}),
    ("any", "", "今天的 Spotify 推荐全是周杰伦，懂我", {}),
    ("eve", "", "煮了一锅 ABC soup，妈妈的味道", {}),
    ("wkend", "", "Kuala Selangor 看萤火虫，好梦幻 ✨", {}),
    ("any", "", "下班塞车听 podcast，今天学到了一个新的英文单词", {}),
    ("suneve", "", "Sunday 晚上的忧郁，明天又要上班了", {}),
    ("wkend", "", "带 Mochi 去打疫苗，它在车上一直叫", {}),
    ("any", "", "手机摔了，屏幕裂了，心也裂了", {}),
    ("eve", "", "第一次做 nasi lemak，sambal 太辣，Kelvin 一直喝水 😂", {}),
    ("wkend", "", "Sekinchan 稻田，绿油油好美 🌾", dict(photo=True)),
    ("any", "", "Hello Facebook，好久没更新了", {}),
    ("eve", "", "陪妈妈看TVB的新剧，她一边看一边骂坏人", {}),
    ("any", "", "Kopitiam 的 uncle 说今天的 kaya 是他老婆亲手做的，真的不一样", {}),
    ("wkend", "", "和Kelvin去 IKEA 看家具，吵了三次架，买了一个台灯 😂", {}),
    ("eve", "", "今晚的月亮好圆，中秋快乐 🥮", dict(on="2022-09-10")),
    ("any", "", "LRT 又delay了，今天的运气真好", {}),
    ("wkend", "", "做了 pineapple tart 送邻居，她回送了一盒 kuih bangkit", dict(on="2024-01")),
    ("eve", "", "Mochi 跟我一起看 Running Man，它比我还专心", {}),
    ("wkend", "", "Taman Tugu 散步，城市里的小森林 🌳", {}),
    ("any", "", "今天穿了两只不同颜色的袜子出门，没人发现 🤫", {}),
]

# Messenger threads (both sides recorded). Thread folder: <slug>_<number>.
CONTACTS = [
    dict(handle="danielwong", name="Daniel Wong", id=None, suspicious=True, thread="danielwong_10338126597", messages=[
        ("2022-08-14T21:12:00", "them", "Hi Jess, 我是朋友介绍的，他说你在forensic lab做事？"),
        ("2022-08-14T21:40:00", "me", "Hi, 请问有什么事？"),
        ("2022-08-15T20:05:00", "them", "我朋友有个case，想知道DNA结果出来了没有，case number我可以给你。RM5,000 当作咨询费，可以吗？"),
        ("2022-08-15T20:06:00", "them", "这里不方便讲，我们换去Telegram好吗"),
        ("2022-08-15T22:30:00", "me", "不可以，这些我不能透露。请不要再联络我。"),
    ]),
    dict(handle="aisyahrahman", name="Aisyah Rahman", id=None, suspicious=True, thread="aisyahrahman_10338126598", messages=[
        ("2023-05-03T10:15:00", "them", "Hi Jess, saya freelance journalist. Boleh share salinan lab report untuk kes mahkamah minggu lepas?"),
        ("2023-05-03T10:17:00", "them", "Atau gambar evidence bags pun ok, saya tak sebut nama you"),
        ("2023-05-03T19:02:00", "me", "Maaf, tak boleh. Sila hubungi unit komunikasi korporat."),
    ]),
    dict(handle="mama", name="妈妈", id=None, suspicious=False, thread="mama_10338126599", messages=[
        ("2022-01-29T18:30:00", "them", "CNY几号回来？我要准备你的房间"),
        ("2022-01-29T19:05:00", "me", "31号晚上到，妈妈不用煮太多"),
        ("2023-06-18T09:12:00", "them", "Kelvin 求婚了？！怎么不先告诉妈妈 😭"),
        ("2023-06-18T09:20:00", "me", "昨晚才发生的嘛，今天打给你"),
    ]),
    dict(handle="michelletan", name="Michelle Tan", id=None, suspicious=False, thread="michelletan_10338126600", messages=[
        ("2022-04-09T21:00:00", "them", "明天Gasing？7点半停车场见"),
        ("2022-04-09T21:10:00", "me", "OK！我带水"),
        ("2023-02-18T20:45:00", "them", "明天下雨还去吗"),
        ("2023-02-18T20:50:00", "me", "去！下雨更凉"),
    ]),
    dict(handle="mamaleebakery", name="Mama Lee Bakery", id=None, suspicious=False, thread="mamaleebakery_10338126601", messages=[
        ("2023-11-02T11:00:00", "them", "Hi! Your order: 1 Pandan Gula Melaka cake, pickup Saturday 2pm. Total RM88."),
        ("2023-11-02T11:30:00", "me", "Ok thank you! 可以写 'Happy 60th Mama' 吗？"),
        ("2023-11-02T11:35:00", "them", "Sure can 👍"),
    ]),
]
