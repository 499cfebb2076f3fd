#!/usr/bin/env python3
"""Deterministic generator for the three hold-out evaluation personas.

Writes KEY.zip, KEY.labels.json and KEY.watchlist.toml for each persona into
this directory. Python 3 stdlib only; fixed seed; fixed zip timestamps.
"""
import base64
import json
import os
import random
import zipfile
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261128
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
# smallest well-formed baseline JPEG (1x1, no EXIF)
JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////"
    "////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAA"
    "AAAAAP/aAAgBAQABPxA=")


# ---------------------------------------------------------------- helpers
class Sched:
    """Picks distinct local times that satisfy weekday/hour constraints."""

    def __init__(self, rng, tz, start, end):
        self.rng, self.tz, self.start, self.end = rng, ZoneInfo(tz), start, end
        self.used = set()

    def pick(self, days=None, hours=(8, 22), date_range=None, minute=None):
        lo, hi = date_range or (self.start, self.end)
        span = (hi - lo).days
        for _ in range(10000):
            d = lo + timedelta(days=self.rng.randrange(span))
            if days is not None and d.weekday() not in days:
                continue
            h0, h1 = hours
            if h1 > h0:
                h = self.rng.randrange(h0, h1)
            else:  # wraps midnight
                h = self.rng.choice(list(range(h0, 24)) + list(range(0, h1)))
            m = self.rng.randrange(60) if minute is None else minute + self.rng.randrange(-6, 7)
            m = max(0, min(59, m))
            loc = datetime(d.year, d.month, d.day, h, m, self.rng.randrange(60), tzinfo=self.tz)
            utc = loc.astimezone(timezone.utc)
            if utc.date() in self.used:
                continue
            self.used.add(utc.date())
            return loc
        raise RuntimeError("no slot")


def jitter(rng, lat, lon, metres):
    dlat = (rng.uniform(-1, 1) * metres) / 111_320
    dlon = (rng.uniform(-1, 1) * metres) / (111_320 * 0.78)
    return round(lat + dlat, 6), round(lon + dlon, 6)


def zstamp(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def mojibake(obj):
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {mojibake(k): mojibake(v) for k, v in obj.items()}
    return obj


def write_zip(path, files):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            data = files[name]
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def build_items(rng, sch, spec):
    """spec: list of dicts {text, labels, when:{...}, geo:(lat,lon,radius)|None}.
    Returns items with a local datetime and jittered coordinates, sorted by time."""
    items = []
    for s in spec:
        loc = sch.pick(**s.get("when", {}))
        g = None
        if s.get("geo"):
            lat, lon, r = s["geo"]
            g = jitter(rng, lat, lon, r)
        items.append({"dt": loc, "text": s["text"], "labels": s["labels"], "g": g,
                      "extra": s.get("extra", {})})
    items.sort(key=lambda x: x["dt"])
    return items


def write_labels(key, platform, tz, truth, posts, contacts):
    doc = {"persona": key, "platform": platform, "archive": key + ".zip", "timezone": tz,
           "truth": truth, "posts": posts, "contacts": contacts}
    with open(os.path.join(OUT, key + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_watchlist(key, text):
    with open(os.path.join(OUT, key + ".watchlist.toml"), "w", encoding="utf-8") as f:
        f.write(text)


WEEKDAYS = {0, 1, 2, 3, 4}
WEEKEND = {5, 6}
ALL = None


def spec_list(texts, labels, when=None, geo=None, extra=None):
    out = []
    for t in texts:
        d = {"text": t, "labels": list(labels), "when": dict(when or {}), "geo": geo}
        if extra:
            d["extra"] = extra
        out.append(d)
    return out


# ================================================================ H1 Instagram
def h1():
    key, tz = "h1-instagram-dockyard", "Europe/Lisbon"
    rng = random.Random(SEED + 1)
    sch = Sched(rng, tz, datetime(2020, 3, 2), datetime(2024, 11, 20))
    office = (38.67215, -9.13902)
    home = (38.68123, -9.16377)
    ferry = (38.68702, -9.14828)
    pool = (38.67544, -9.15812)
    trip = (32.64960, -16.90820)  # Funchal, Madeira
    unit = ["Tagus Reach Naval Dockyard", "Tagus Reach Dockyard", "TRND", "#TagusReachDockyard"]

    benign = [
        "Sunday bread experiment: 72 hour cold ferment, worth every minute",
        "Grandma's 90th! The whole family squeezed into one tiny kitchen",
        "New running shoes, old knees. We'll see who wins",
        "Sardine season is officially open \U0001F41F",
        "Rainy afternoon, finally finished that 1000 piece puzzle",
        "Cat discovered the laundry basket. Laundry is now hers",
        "First tomatoes off the balcony plants",
        "Football night with the cousins, we lost 3-1 and still sang all the way home",
        "Repainted the hallway. Nobody noticed. Classic",
        "Bought a secondhand bike for the weekend rides",
        "Caf\u00e9 com leite and a pastel de nata, the only breakfast that matters",
        "Sunset from the miradouro, no filter needed",
        "Trying to learn the guitar at 34. My neighbours deserve a medal",
        "Beach day at Costa da Caparica with the nieces",
        "Book club pick this month is a slow one, half way through",
        "Made arroz de marisco for eight people, zero leftovers",
        "Happy birthday to my little brother, still taller than me somehow",
        "The jacarandas are out, Lisbon turns purple for two weeks",
        "Flea market finds: a brass lamp and a box of old postcards",
        "Movie night, popcorn, blanket, done",
        "Long walk along the river with the dog",
        "Christmas lights going up on the street already",
        "New year, same resolutions, slightly better gym attendance",
        "Fixed the dripping tap myself. Feeling unstoppable",
        "Santos Populares, grilled sardines and too much music",
        "Lazy Sunday, nothing planned, perfect",
        "Cousin's wedding in the Alentejo, danced until 4am",
        "Finally tried the new ramen place everyone talks about",
        "Storm coming in over the river, the sky went green",
        "Plants repotted, hands filthy, heart happy",
        "Pre-season 5k done. Slow, but done",
        "Spring cleaning found three umbrellas I thought I had lost",
        "Homemade chouri\u00e7o assado at the family lunch",
        "Blue hour over the bridge",
        "Autumn leaves and roasted chestnuts on every corner",
        "Weekend market haul: figs, cheese, honey",
        "My mum's garden is doing better than mine, as usual",
        "Saturday morning pancakes with the neighbours' kids",
        "Watched the marathon go past the house, inspired for about ten minutes",
        "Cinema date night, the trailer was better than the film",
        "Sunrise swim in October, never again (until next week)",
        "Found a vinyl shop in Baixa, wallet is crying",
        "Volunteer beach clean-up this morning, two bags of plastic",
        "Birthday cake attempt number two. Better than attempt number one",
        "Dog training class graduation. She only ate one certificate",
        "Tiles in Alfama, I could photograph these forever",
        "Made my own ginjinha. Dangerous hobby",
        "Saturday yoga in the park, mostly lying down",
        "Friends' new baby is the tiniest human I've ever held",
        "Pottery class week three: the bowl is a plate now",
        "Cold bifana and a warm beer after the match",
        "Rearranged the bookshelves by colour, can't find anything",
        "First fire of the winter in my parents' fireplace",
        "Picnic in Monsanto with the old school gang",
        "Ice cream for dinner, adulthood is great",
    ]
    traps = [
        "Binge-watching that new naval drama 'The Dockyard' - totally unrealistic, nobody is that calm during a storm",
        "Built a LEGO Technic crane with my nephew today, 1,200 pieces and a working winch",
        "The secret to good bacalhau is patience. And more olive oil",
        "My dad spent 30 years at the car plant in Palmela, retired today. Proud of him",
        "Working from home on my day off? Only if the work is a nap",
        "Bought a new freezer unit for the garage, finally space for all the sardines",
        "Knot-tying night at the sailing club, my bowline is still embarrassing",
    ]
    unit_posts = [
        "Ten years at Tagus Reach Naval Dockyard today. Grateful for the crew who taught me everything",
        "Open day at the dockyard, families got to walk the dry dock floor. #TagusReachDockyard",
        "TRND Christmas dinner, someone hired a fado singer and it was perfect",
        "Proud of our yard team, the frigate refit went out of the basin two weeks early",
        "Charity run with the Tagus Reach lot, raised 4k for the kids' hospital",
        "New safety award for the dockyard, zero lost-time accidents this year \U0001F44F",
        "Retirement party for our yard foreman, 41 years at Tagus Reach",
    ]
    role_posts = [
        "Renewed my crane operator licence and the rigging ticket in the same week. Tired but legal",
        "Lifted a 38 tonne propeller shaft today. Lift plan, taglines, two banksmen, textbook",
        "Nobody tells you that being a rigger is 80% checking shackles and slings",
        "Night shift on the big gantry crane, the river is so quiet from up in the cab",
        "Security vetting renewal interview done. Apparently my life is very boring, which is good",
        "Signed off as appointed person for lifting operations. Now I write the lift plans instead of just following them",
        "Wind hit 38 knots, had to stop all crane ops and park the jib. Lost half a shift",
        "Teaching the apprentices slinging and hand signals this month. They are fast learners",
        "Pulled the periscope mast out of a submarine hull today, millimetres to spare",
        "Morning routine: walk-round inspection, check the load charts, test the limit switches, then climb",
    ]
    loc_text = [
        "Queue at the north gate was ridiculous this morning, 25 minutes to get through the pass check",
        "Drydock 2 flooded up today, always strange to see the floor disappear",
        "Canteen in building 14 has finally discovered coffee that tastes like coffee",
        "From the top of the Goliath crane over Basin 3 you can see all the way to Belem",
    ]
    work_geo = [
        "Lunch on the quay", "hard hat hair", "view from the cab", "morning briefing",
        "rain gear day", "steel toes, tired toes", "coffee first", "fog on the river",
        "10 minute break", "clear skies for once", "sunrise shift start", "new gloves",
    ]
    ferry_geo = ["ferry again", "commute views", "07:15 boat", "river crossing",
                 "same ferry, same seat", "misty crossing", "commute", "boat nap"]
    pool_geo = ["lane 4 is mine", "swim done", "40 lengths", "chlorine hair", "pool night",
                "tuesday swim", "thursday swim"]
    home_geo = ["home sweet home", "tea and a blanket", "balcony at night", "couch mode",
                "late dinner at home", "quiet night in"]
    trip_geo = ["Madeira! Levada walk day one", "Funchal market, so much fruit",
                "Pico do Arieiro above the clouds", "last sunset in Madeira"]

    spec = []
    spec += spec_list(benign, [], {"hours": (9, 22)})
    spec += spec_list(traps, [], {"hours": (10, 22)})
    spec += spec_list(unit_posts, ["unit"], {"hours": (17, 22)})
    spec += spec_list(role_posts, ["role"], {"hours": (17, 22)})
    spec += spec_list(loc_text, ["location"], {"days": WEEKDAYS, "hours": (16, 21)})
    spec += spec_list(work_geo, ["location", "routine"], {"days": WEEKDAYS, "hours": (8, 16)},
                      geo=office + (70,))
    for i, t in enumerate(ferry_geo):
        spec.append({"text": t, "labels": ["routine"], "geo": ferry + (40,),
                     "when": {"days": WEEKDAYS, "hours": (7, 8), "minute": 15}})
    for t in pool_geo:
        spec.append({"text": t, "labels": ["routine"], "geo": pool + (30,),
                     "when": {"days": {1, 3}, "hours": (19, 20), "minute": 30}})
    spec += spec_list(home_geo, ["home"], {"hours": (21, 24)}, geo=home + (25,))
    base = datetime(2023, 9, 14)
    for i, t in enumerate(trip_geo):
        spec.append({"text": t, "labels": [], "geo": trip + (3000,),
                     "when": {"hours": (10, 20), "date_range": (base + timedelta(days=i), base + timedelta(days=i + 1))}})
    items = build_items(rng, sch, spec)

    posts_json, labels_posts, files = [], [], {}
    for n, it in enumerate(items):
        ts = int(it["dt"].timestamp())
        ym = it["dt"].strftime("%Y%m")
        uri = f"media/posts/{ym}/{rng.randrange(10**8, 10**9)}_{rng.randrange(10**14, 10**15)}_n_{17800000000000000 + n * 7919}.jpg"
        files[uri] = JPEG
        exif = {"iso": rng.choice([50, 64, 100, 200]), "software": "17.1.2",
                "date_time_original": it["dt"].strftime("%Y:%m:%d %H:%M:%S"),
                "source_type": "camera"}
        if it["g"]:
            exif["latitude"], exif["longitude"] = it["g"]
        m0 = {"uri": uri, "creation_timestamp": ts}
        if it["g"] or rng.random() < 0.3:
            m0["media_metadata"] = {"photo_metadata": {"exif_data": [exif]},
                                    "camera_metadata": {"has_camera_metadata": False}}
        carousel = (n % 7 == 3)
        if carousel:
            m0["title"] = ""
            m1uri = uri.replace(".jpg", "_2.jpg")
            files[m1uri] = JPEG
            post = {"media": [m0, {"uri": m1uri, "creation_timestamp": ts, "title": ""}],
                    "title": it["text"], "creation_timestamp": ts}
        else:
            m0["title"] = it["text"]
            m0["cross_post_source"] = {"source_app": "FB"}
            post = {"media": [m0]}
        posts_json.append(post)
        labels_posts.append({"created_at": zstamp(it["dt"]), "native_id": None, "labels": it["labels"],
                             "text": it["text"], "geo": None,
                             "photo_gps": ({"lat": it["g"][0], "lon": it["g"][1]} if it["g"] else None)})
    posts_json.reverse()  # Instagram lists newest first

    def dump(o):
        return json.dumps(mojibake(o), ensure_ascii=True, indent=2)

    files["your_instagram_activity/content/posts_1.json"] = dump(posts_json)
    files["personal_information/personal_information/personal_information.json"] = dump({"profile_user": [{
        "title": "", "media_map_data": {"Profile Photo": {"uri": "media/profile/202001/profile.jpg",
                                                            "creation_timestamp": 1580000000, "title": ""}},
        "string_map_data": {
            "Email": {"href": "", "value": "ines.calado.89@example.pt", "timestamp": 0},
            "Username": {"href": "", "value": "ines.no.cais", "timestamp": 0},
            "Name": {"href": "", "value": "In\u00eas Calado", "timestamp": 0},
            "Bio": {"href": "", "value": "Almada \u2693 lifting heavy things for a living. Ferry, swim, repeat. Opinions my own.", "timestamp": 0},
            "Gender": {"href": "", "value": "female", "timestamp": 0},
            "Private Account": {"href": "", "value": "False", "timestamp": 0}}}]})
    files["media/profile/202001/profile.jpg"] = JPEG
    owner = "In\u00eas Calado"
    t0 = int(datetime(2023, 5, 9, 20, 0, tzinfo=timezone.utc).timestamp())
    sus = {"participants": [{"name": "Marcus Vell"}, {"name": owner}], "messages": [
        {"sender_name": "Marcus Vell", "timestamp_ms": (t0 + 7200) * 1000,
         "content": "No pressure. If you prefer we can talk on Signal, easier. Just the dock schedule for next month, I pay 2000 EUR.", "is_geoblocked_for_viewer": False},
        {"sender_name": owner, "timestamp_ms": (t0 + 3900) * 1000,
         "content": "Sorry, I don't talk about work.", "is_geoblocked_for_viewer": False},
        {"sender_name": "Marcus Vell", "timestamp_ms": t0 * 1000,
         "content": "Hi Ines, I consult for a maritime analytics firm. Could you tell me which vessels are in the dry docks now and when they leave? Well paid.", "is_geoblocked_for_viewer": False}],
        "title": "Marcus Vell", "is_still_participant": True, "thread_path": "inbox/marcusvell_17841400000000001"}
    fam = {"participants": [{"name": "Helena Calado"}, {"name": owner}], "messages": [
        {"sender_name": owner, "timestamp_ms": (t0 + 90000) * 1000, "content": "Yes! I'll bring dessert", "is_geoblocked_for_viewer": False},
        {"sender_name": "Helena Calado", "timestamp_ms": (t0 + 86400) * 1000,
         "content": "Lunch on Sunday at av\u00f3's? Bring the dog", "is_geoblocked_for_viewer": False}],
        "title": "Helena Calado", "is_still_participant": True, "thread_path": "inbox/helenacalado_17841400000000002"}
    files["your_instagram_activity/messages/inbox/marcusvell_17841400000000001/message_1.json"] = dump(sus)
    files["your_instagram_activity/messages/inbox/helenacalado_17841400000000002/message_1.json"] = dump(fam)
    write_zip(os.path.join(OUT, key + ".zip"), files)
    truth = {"unit": unit, "role": "crane operator / rigger",
             "office": {"lat": office[0], "lon": office[1], "name": "Tagus Reach Naval Dockyard, Basin 3 cranes"},
             "home": {"lat": home[0], "lon": home[1]},
             "routine_places": [{"name": "Cacilhas ferry pier", "lat": ferry[0], "lon": ferry[1]},
                                {"name": "municipal swimming pool", "lat": pool[0], "lon": pool[1]}]}
    contacts = [{"handle": "marcusvell", "name": "Marcus Vell", "suspicious": True, "id": None},
                {"handle": "helenacalado", "name": "Helena Calado", "suspicious": False, "id": None}]
    write_labels(key, "instagram", tz, truth, labels_posts, contacts)
    write_watchlist(key, f'''# What In\u00eas Calado's security officer knows must not be revealed.
timezone = "{tz}"

[[unit]]
name = "Tagus Reach Naval Dockyard"
aliases = ["Tagus Reach", "TRND", "TagusReachDockyard"]

[[role]]
name = "crane operator"

[[role]]
name = "rigger"

[[site]]
name = "Tagus Reach Naval Dockyard"
lat = {office[0]}
lon = {office[1]}
radius_m = 300
''')


# ================================================================ H2 Telegram
def h2():
    key, tz = "h2-telegram-grid", "Asia/Shanghai"
    rng = random.Random(SEED + 2)
    sch = Sched(rng, tz, datetime(2019, 6, 3), datetime(2024, 10, 30))
    office = (31.85214, 117.26093)
    home = (31.87352, 117.29118)
    metro = (31.86097, 117.27342)
    gym = (31.86688, 117.28460)
    trip = (25.60650, 100.26760)  # 大理
    uid = 5123450987
    unit = ["江淮省电力调度控制中心", "江淮省调", "省调", "江淮电网调度中心"]

    benign = [
        "周末包了荠菜馄饨，冻了两大袋",
        "楼下新开了一家牛肉面，汤头不错",
        "今天终于把阳台的多肉换了盆",
        "下雨天就适合在家看书喝茶",
        "给爸妈买的按摩椅到了，老爸说比去店里舒服",
        "小区里的桂花开了，满楼道都是香味",
        "跑了五公里，膝盖有点抗议",
        "侄子考上高中了，全家聚餐庆祝",
        "学做红烧肉第三次，终于不咸了",
        "周日去逛了花鸟市场，买了一条小金鱼",
        "新买的电饭煲煮饭真香",
        "春节回老家，路上堵了六个小时",
        "今天的晚霞好看到不真实",
        "追完了一部悬疑小说，结局没猜到",
        "给猫剪指甲，手上多了三道口子",
        "老同学聚会，十年没见大家都胖了",
        "下班路上买了一袋糖炒栗子",
        "又到吃小龙虾的季节了",
        "中秋节快乐，月饼还是五仁的最好吃",
        "周末去巢湖边骑车，风很大",
        "家里的绿萝长疯了，剪下来泡水又活了",
        "端午包粽子，肉粽甜粽各一锅",
        "第一次自己换了灯泡，成就感满满",
        "今天去献血了，送了一个保温杯",
        "周末陪老妈逛超市，买了一堆打折酸奶",
        "看了场篮球赛，主队绝杀",
        "冬至吃饺子，不冻耳朵",
        "楼下的流浪猫生了四只小猫",
        "新年第一天，给自己定了个小目标：少熬夜",
        "朋友结婚当伴郎，喝多了",
        "研究了一下午手冲咖啡，还是速溶省事",
        "雪下得很大，小区变成了童话世界",
        "周末大扫除，翻出了大学时的日记本",
        "今天学会了包生煎，虽然形状有点丑",
        "银杏叶黄了，拍了好多照片",
        "清明回去给爷爷扫墓",
        "淘到一本旧版《围城》，很开心",
        "周末钓鱼，一条没钓到，晒黑了",
        "家里装了净水器，喝水都变甜了",
        "小外甥女会叫舅舅了",
        "煲了一锅莲藕排骨汤",
        "今年第一次吃到西瓜，很甜",
        "带爸妈去看了场电影，老妈看哭了",
        "把书架整理了一遍，决定断舍离",
        "晚上散步遇到放孔明灯的，许了个愿",
        "周末学了一道新菜：可乐鸡翅",
        "和朋友去听了一场民谣演唱会",
        "新买的台灯很护眼",
        "立秋了，贴秋膘从一碗羊肉汤开始",
    ]
    traps = [
        "空调又坏了，约了师傅明天来修，热得睡不着",
        "买了一套新调料，麻辣香锅安排上",
        "最近在追电视剧《大江大河》，看得很上头",
        "我爸当年在乡里供电所抄电表，一干就是二十年，今天他退休了",
        "玩《城市：天际线》搭了一个电网，结果全城停电哈哈",
        "这家店成功的秘密就是老板娘的辣椒酱",
        "省钱小妙招：自己带饭，一个月省下八百",
        "今天在家休息，哪儿也不去",
    ]
    unit_posts = [
        "入职江淮省电力调度控制中心满五年了，感谢师傅们一路带我",
        "省调年会，我们值的节目拿了二等奖",
        "今年迎峰度夏，江淮电网调度中心全体坚守岗位，没出一次大的事故",
        "我们中心组织去大别山搞团建，爬山累瘫",
        "#江淮省调# 开放日，带着小朋友们参观了大屏",
        "单位发了新的工作服，灰色的，挺精神",
        "江淮省调的同事们，新年快乐，明年继续保电",
    ]
    role_posts = [
        "作为调度员，今天又下了三十多张调度令，嗓子哑了",
        "今晚大夜班，从零点到早八点，盯着负荷曲线不敢眨眼",
        "调度员上岗资格证复审通过了，又可以安心值班",
        "政审材料又交了一遍，涉密岗位就是这样",
        "四班三倒的日子过了六年，生物钟已经彻底乱了",
        "今天主持了一次500千伏线路倒闸操作，全程顺利",
        "台风来了，调度大厅通宵值守，EMS告警一直响",
        "做了明天的负荷预测，预计晚高峰要破纪录",
        "带新来的实习调度员熟悉SCADA画面，他学得挺快",
        "反事故演习今天结束，我们值组拿了第一",
    ]
    loc_text = [
        "调度大楼的电梯又坏了，爬到十二楼调度大厅累得够呛",
        "早上在东门刷卡进去，保安换了新人，查得特别严",
        "中心大楼对面的食堂今天有红烧狮子头",
        "值班室在主控楼九层，窗外能看到整个滨湖新区",
    ]
    spec = []
    spec += spec_list(benign, [], {"hours": (9, 23)})
    spec += spec_list(traps, [], {"hours": (10, 22)})
    spec += spec_list(unit_posts, ["unit"], {"hours": (18, 23)})
    spec += spec_list(role_posts, ["role"], {"hours": (9, 23)})
    spec += spec_list(loc_text, ["location"], {"hours": (9, 20)})
    # workplace geotags: day shift 08-16 on working days
    for _ in range(12):
        spec.append({"text": "", "labels": ["location", "routine"], "geo": office + (60,),
                     "when": {"days": WEEKDAYS, "hours": (9, 16)}, "extra": {"kind": "loc"}})
    # metro station before the shift
    for _ in range(7):
        spec.append({"text": "", "labels": ["routine"], "geo": metro + (40,),
                     "when": {"days": WEEKDAYS, "hours": (7, 8), "minute": 25},
                     "extra": {"kind": "venue", "place": "云谷路地铁站", "addr": "云谷路与习友路交口"}})
    for _ in range(6):
        spec.append({"text": "", "labels": ["routine"], "geo": gym + (30,),
                     "when": {"days": {5}, "hours": (10, 11), "minute": 20},
                     "extra": {"kind": "venue", "place": "动感健身工作室", "addr": "望江西路88号"}})
    for _ in range(5):
        spec.append({"text": "", "labels": ["home"], "geo": home + (25,),
                     "when": {"hours": (22, 24)}, "extra": {"kind": "loc"}})
    base = datetime(2022, 10, 2)
    for i, (t, pl) in enumerate([("大理古城", "大理古城南门"), ("洱海边骑行", "洱海生态廊道"),
                                 ("苍山索道", "苍山感通索道"), ("", None)]):
        spec.append({"text": t, "labels": [], "geo": trip + (4000,),
                     "when": {"hours": (10, 19), "date_range": (base + timedelta(days=i), base + timedelta(days=i + 1))},
                     "extra": ({"kind": "venue", "place": pl, "addr": "云南省大理市"} if pl else {"kind": "loc"})})
    items = build_items(rng, sch, spec)

    saved_id = uid
    msgs, labels_posts = [], []
    owner_name = "王 磊"
    for n, it in enumerate(items, start=1):
        ts = int(it["dt"].timestamp())
        m = {"id": n, "type": "message", "date": it["dt"].strftime("%Y-%m-%dT%H:%M:%S"),
             "date_unixtime": str(ts), "from": owner_name, "from_id": f"user{uid}"}
        text = it["text"]
        ex = it["extra"]
        if ex.get("kind") == "venue":
            m["place_name"] = ex["place"]
            m["address"] = ex["addr"]
        if it["g"]:
            m["location_information"] = {"latitude": it["g"][0], "longitude": it["g"][1]}
        if "#" in text:
            a, b = text.split(" ", 1)
            m["text"] = [{"type": "hashtag", "text": a}, " " + b]
            m["text_entities"] = [{"type": "hashtag", "text": a}, {"type": "plain", "text": " " + b}]
        elif n % 5 == 0 and text:
            m["text"] = [{"type": "bold", "text": text[:2]}, text[2:]]
            m["text_entities"] = [{"type": "bold", "text": text[:2]}, {"type": "plain", "text": text[2:]}]
        else:
            m["text"] = text
            m["text_entities"] = [{"type": "plain", "text": text}] if text else []
        msgs.append(m)
        labels_posts.append({"created_at": zstamp(it["dt"]), "native_id": f"{saved_id}/{n}",
                             "labels": it["labels"], "text": text,
                             "geo": ({"lat": it["g"][0], "lon": it["g"][1]} if it["g"] else None),
                             "photo_gps": None})
    shz = ZoneInfo(tz)

    def chat_msgs(chat_id, peer_id, peer_name, lines, start):
        out = []
        for i, (who, text) in enumerate(lines, start=1):
            dt = (start + timedelta(minutes=7 * i, seconds=13 * i)).astimezone(shz)
            own = who == "me"
            out.append({"id": 100000 + i, "type": "message", "date": dt.strftime("%Y-%m-%dT%H:%M:%S"),
                        "date_unixtime": str(int(dt.timestamp())),
                        "from": owner_name if own else peer_name,
                        "from_id": f"user{uid}" if own else f"user{peer_id}",
                        "text": text, "text_entities": [{"type": "plain", "text": text}]})
            if own:
                labels_posts.append({"created_at": zstamp(dt), "native_id": f"{chat_id}/{100000 + i}",
                                     "labels": [], "text": text, "geo": None, "photo_gps": None})
        return out

    sus_id, mom_id = 6011223344, 6099887766
    sus = chat_msgs(sus_id, sus_id, "陈经理", [
        ("them", "王工您好，我是一家能源咨询公司的，想请教几个电网运行方面的问题"),
        ("me", "你好，什么事？"),
        ("them", "能不能提供一下你们每天的负荷数据和检修计划？按月付费，一个月两万"),
        ("them", "这边不方便，加我另一个软件聊吧，更安全"),
        ("me", "不好意思，这个不能说，别再联系了"),
    ], datetime(2023, 3, 14, 12, 5, 9, tzinfo=timezone.utc))
    mom = chat_msgs(mom_id, mom_id, "妈妈", [
        ("them", "周末回来吃饭吗？给你炖了鸡汤"),
        ("me", "回来，周六中午到"),
        ("them", "路上慢点"),
    ], datetime(2023, 4, 20, 11, 30, 41, tzinfo=timezone.utc))
    labels_posts.sort(key=lambda p: p["created_at"])
    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data.",
        "personal_information": {"user_id": uid, "first_name": "磊", "last_name": "王",
                                 "phone_number": "+86 139 0000 0000", "username": "@wanglei_night",
                                 "bio": "夜猫子，爱吃面，周末健身"},
        "chats": {"about": "This page lists all chats from this export.", "list": [
            {"type": "saved_messages", "id": saved_id, "messages": msgs},
            {"name": "陈经理", "type": "personal_chat", "id": sus_id, "messages": sus},
            {"name": "妈妈", "type": "personal_chat", "id": mom_id, "messages": mom}]}}
    write_zip(os.path.join(OUT, key + ".zip"),
              {"result.json": json.dumps(result, ensure_ascii=False, indent=1)})
    truth = {"unit": unit, "role": "调度员",
             "office": {"lat": office[0], "lon": office[1], "name": "江淮省电力调度控制中心调度大楼"},
             "home": {"lat": home[0], "lon": home[1]},
             "routine_places": [{"name": "云谷路地铁站", "lat": metro[0], "lon": metro[1]},
                                {"name": "动感健身工作室", "lat": gym[0], "lon": gym[1]}]}
    contacts = [{"handle": "陈经理", "name": "陈经理", "suspicious": True, "id": str(sus_id)},
                {"handle": "妈妈", "name": "妈妈", "suspicious": False, "id": str(mom_id)}]
    write_labels(key, "telegram", tz, truth, labels_posts, contacts)
    write_watchlist(key, f'''# What 王磊's security officer knows must not be revealed.
timezone = "{tz}"

[[unit]]
name = "江淮省电力调度控制中心"
aliases = ["江淮省调", "省调", "江淮电网调度中心"]

[[role]]
name = "调度员"

[[site]]
name = "江淮省电力调度控制中心调度大楼"
lat = {office[0]}
lon = {office[1]}
radius_m = 300
''')


# ================================================================ H3 Mastodon
def h3():
    key, tz = "h3-mastodon-lab", "America/Denver"
    rng = random.Random(SEED + 3)
    sch = Sched(rng, tz, datetime(2021, 1, 11), datetime(2025, 6, 20))
    office = (39.74812, -105.18265)  # not checkable on Mastodon; recorded for the truth block
    home = (39.75930, -105.22110)
    unit = ["Mesa Verde Cryptologic Research Laboratory", "Mesa Verde Cryptologic Lab", "MVCRL", "#MVCRL"]
    benign = [
        "Snow on the Flatirons this morning and I am here for it",
        "Sourdough starter is three years old today. She has outlived two houseplants",
        "Hot take: green chile belongs on everything",
        "Finished Piranesi. Still thinking about the statues",
        "First powder day of the season, legs are jelly",
        "The dog learned to open the pantry. We are in trouble",
        "Farmers market peaches are back",
        "Rewatching the old Star Trek movies, Wrath of Khan holds up",
        "Hiked to a lake at 11k feet, worth every gasp",
        "Adopted a second cat, the first one is unimpressed",
        "Built a raised garden bed. Ask me in August if it worked",
        "Coffee roaster down the street does a Yirgacheffe that ruined all other coffee for me",
        "Board game night: Wingspan, then three hours of arguing about Catan",
        "Chili cook-off at the neighbours, came second, demanding a recount",
        "Bought a used road bike, already planning rides I can't finish",
        "Aspen leaves turning gold up on the pass",
        "Homemade ramen, 14 hours of broth, zero regrets",
        "Kid's soccer team won their first game, I cried a little",
        "New year, new notebook, same handwriting",
        "Wildfire smoke again, windows shut, air purifier on max",
        "Thunderstorm rolled in at 3pm like clockwork",
        "Learning to knit. Currently a scarf. Possibly a snake",
        "Went to a bluegrass festival, still humming",
        "Tried indoor climbing for the first time, forearms destroyed",
        "Library book sale haul: 11 books, $9",
        "Making tamales with my aunt for Christmas",
        "Moved the couch, found the remote, two pens and a fortune cookie",
        "Great Sand Dunes at sunset, unreal",
        "Started a bird list. Magpie count: infinite",
        "Birthday dinner at the Ethiopian place, injera forever",
        "Repaired my own bike chain, feeling extremely competent",
        "Sunday pancakes and the crossword",
        "Rocky Mountain National Park with the in-laws, elk everywhere",
        "Sister's wedding in Santa Fe, so much dancing",
        "Podcast recommendation thread? My commute needs help",
        "Summer solstice hike, light until almost 9",
        "Vinyl night: Joni Mitchell, Blue, start to finish",
        "Long weekend, phone off, tent up",
        "Our old dog turns 14 today",
        "Spring snow squall, tulips are confused",
        "Made pho for the first time, the broth needs work",
        "The elk are in the golf course again",
        "Jury duty summons. Civic duty time",
        "Tried a new trail run route, got lost, found a waterfall",
        "Friday pizza tradition continues",
        "Fixed the garbage disposal with a YouTube video and pure stubbornness",
    ]
    traps = [
        "Rewatched Sneakers tonight. Still the best heist movie with a crypto plot",
        "All my unit tests pass on the first try, something must be wrong",
        "Secret Santa at book club, I got a very suspicious candle",
        "My brother just started as a lab tech at the hospital, so proud of him",
        "Solved the cryptic crossword in under 20 minutes for once",
        "Working from home today with a cat on the keyboard, productivity questionable",
        "Finally watched Oppenheimer. Long, loud, great",
        "The secret ingredient in my chili is cocoa, don't tell anyone",
    ]
    unit_posts = [
        "Five years at Mesa Verde Cryptologic Research Laboratory today. Still the weirdest, best job I've had",
        "The MVCRL summer picnic had a pie contest and the cryptanalysts got very competitive",
        "Proud of our group at the lab, our lattice paper got the best paper award #MVCRL",
        "Recruiting season: Mesa Verde Cryptologic Lab is hiring interns, DM me if you like maths and secrets",
        "Our division all-hands today: new director, same coffee",
        "Mesa Verde Lab holiday party, someone built a working Enigma replica out of a shoebox",
        "Gave a talk at Crypto under the MVCRL affiliation, nervous but it went fine",
    ]
    role_posts = [
        "Spent the day on a side-channel attack against a smartcard AES implementation. Power traces everywhere",
        "Our post-quantum key exchange prototype finally passes all the known-answer tests",
        "Clearance reinvestigation paperwork done. SF-86 is a memoir nobody wants to read",
        "Polygraph scheduled next week. Yes, again",
        "Most of my work is cryptanalysis of lattice schemes. Most of my day is waiting for jobs on the cluster",
        "Reviewing a FIPS 140-3 module submission, 400 pages of fun",
        "Promoted to principal researcher, now I get more meetings and less maths",
        "Teaching the new hires how to do a proper fault-injection setup",
        "Found a timing leak in a vendor's RSA library, responsible disclosure underway",
        "My job in one sentence: I break codes so other people's codes don't get broken",
    ]
    loc_text = [
        "Badge reader at the north gate of the lab was down, 40 people queued in the snow",
        "Building 7, third floor, the only office with a window that opens. It's mine now",
        "Our secure wing has no phones allowed, so my lunch break is the only time I see Mastodon",
        "Parking at the Table Mountain campus is a blood sport after 8am",
    ]
    routine_text = [
        "Every Tuesday and Thursday I climb at 6am before badging in at 7:30",
        "Standing Wednesday lunch at the food truck by the lab's east lot, always the green chile burrito",
        "Same routine every weekday: 7:05 bus from Golden, 7:25 at the gate, home by 5",
        "Mondays are the worst: 7am staff meeting, then classified area until 4",
        "Fridays we leave the lab at 3 and go to the brewery on Washington Ave",
        "Night rotation this month, I'm at the lab 10pm to 6am Tuesday to Friday",
    ]
    both_text = [
        "Gate 2 at 7:20 every morning, the guard knows my coffee order by now",
        "Lunch walk around the lab's perimeter fence at noon, daily, rain or shine",
    ]
    spec = []
    spec += spec_list(benign, [], {"hours": (8, 22)})
    spec += spec_list(traps, [], {"hours": (9, 22)})
    spec += spec_list(unit_posts, ["unit"], {"hours": (17, 22)})
    spec += spec_list(role_posts, ["role"], {"hours": (17, 22)})
    spec += spec_list(loc_text, ["location"], {"hours": (12, 21)})
    spec += spec_list(routine_text, ["routine"], {"hours": (17, 22)})
    spec += spec_list(both_text, ["location", "routine"], {"hours": (17, 22)})
    items = build_items(rng, sch, spec)
    alt = {
        "Snow on the Flatirons this morning and I am here for it": "Snow-covered sandstone slabs under a blue sky",
        "Adopted a second cat, the first one is unimpressed": "A grey cat glaring at a small orange kitten",
        "Spent the day on a side-channel attack against a smartcard AES implementation. Power traces everywhere":
            "Oscilloscope screen showing a noisy power trace with ten peaks",
        "Building 7, third floor, the only office with a window that opens. It's mine now":
            "Office window with a view of a mesa and a chain-link fence",
        "Great Sand Dunes at sunset, unreal": "Orange sand dunes with mountains behind",
        "The MVCRL summer picnic had a pie contest and the cryptanalysts got very competitive":
            "Six pies on a folding table under a lab-branded canopy",
    }
    actor_url = "https://fosstodon.example/users/kestrel"
    ordered, labels_posts, files = [], [], {}
    sid = 105600000000000000
    for n, it in enumerate(items):
        sid += rng.randrange(10**12, 10**14)
        pub = zstamp(it["dt"])
        text = it["text"]
        tags = []
        html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
        if "#MVCRL" in html:
            html = html.replace("#MVCRL", '<a href="https://fosstodon.example/tags/mvcrl" class="mention hashtag" rel="tag">#<span>MVCRL</span></a>')
            tags.append({"type": "Hashtag", "href": "https://fosstodon.example/tags/mvcrl", "name": "#mvcrl"})
        obj = {"id": f"{actor_url}/statuses/{sid}", "type": "Note", "summary": None, "inReplyTo": None,
               "published": pub, "url": f"https://fosstodon.example/@kestrel/{sid}",
               "attributedTo": actor_url, "to": ["https://www.w3.org/ns/activitystreams#Public"],
               "cc": [f"{actor_url}/followers"], "sensitive": False,
               "conversation": f"tag:fosstodon.example,{pub[:10]}:objectId={sid % 10**8}:objectType=Conversation",
               "content": f"<p>{html}</p>", "contentMap": {"en": f"<p>{html}</p>"},
               "attachment": [], "tag": tags,
               "replies": {"id": f"{actor_url}/statuses/{sid}/replies", "type": "Collection",
                           "first": {"type": "CollectionPage", "next": f"{actor_url}/statuses/{sid}/replies?only_other_accounts=true&page=true",
                                     "partOf": f"{actor_url}/statuses/{sid}/replies", "items": []}}}
        if text in alt:
            h = f"{rng.randrange(16**16):016x}"
            s = str(sid)
            path = f"media_attachments/files/{s[0:3]}/{s[3:6]}/{s[6:9]}/{s[9:12]}/{s[12:15]}/{s[15:18]}/original/{h}.jpeg"
            files[path] = JPEG
            obj["attachment"].append({"type": "Document", "mediaType": "image/jpeg", "url": "/" + path,
                                      "name": alt[text], "blurhash": "UPJ[3I_NI9t7ROx]xZkBtRIAxaWEWBsmRjbH",
                                      "focalPoint": [0.0, 0.0], "width": 1440, "height": 1080})
        ordered.append({"id": f"{actor_url}/statuses/{sid}/activity", "type": "Create", "actor": actor_url,
                        "published": pub, "to": obj["to"], "cc": obj["cc"], "object": obj})
        labels_posts.append({"created_at": pub, "native_id": str(sid), "labels": it["labels"], "text": text,
                             "geo": None, "photo_gps": None})
    # one boost (not the owner's words; reposts are not labelled posts)
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",
              "type": "OrderedCollection", "totalItems": len(ordered), "orderedItems": ordered}
    actor = {"@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
             "id": actor_url, "type": "Person", "following": f"{actor_url}/following",
             "followers": f"{actor_url}/followers", "inbox": f"{actor_url}/inbox", "outbox": "outbox.json",
             "preferredUsername": "kestrel", "name": "Dana Whitcomb",
             "summary": "<p>Maths, mountains, sourdough. Views mine. she/her</p>",
             "url": "https://fosstodon.example/@kestrel", "manuallyApprovesFollowers": False,
             "discoverable": True, "indexable": False, "published": "2020-11-07T00:00:00Z",
             "publicKey": {"id": f"{actor_url}#main-key", "owner": actor_url,
                           "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAexample\n-----END PUBLIC KEY-----\n"},
             "tag": [], "attachment": [
                 {"type": "PropertyValue", "name": "Pronouns", "value": "she/her"},
                 {"type": "PropertyValue", "name": "Based in", "value": "Colorado"}],
             "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"}}
    files["outbox.json"] = json.dumps(outbox, ensure_ascii=False)
    files["actor.json"] = json.dumps(actor, ensure_ascii=False, indent=2)
    files["avatar.jpg"] = JPEG
    files["likes.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
                                      "type": "OrderedCollection", "orderedItems": []})
    write_zip(os.path.join(OUT, key + ".zip"), files)
    truth = {"unit": unit, "role": "cryptography / security researcher (cryptanalyst)",
             "office": {"lat": office[0], "lon": office[1], "name": "MVCRL Table Mountain campus, Building 7"},
             "home": {"lat": home[0], "lon": home[1]},
             "routine_places": [{"name": "climbing gym (Tue/Thu 06:00, text only)", "lat": 39.75500, "lon": -105.22100},
                                {"name": "food truck by the east lot (Wed lunch, text only)", "lat": 39.74790, "lon": -105.18100}]}
    write_labels(key, "mastodon", tz, truth, labels_posts, [])
    write_watchlist(key, f'''# What Dana Whitcomb's security officer knows must not be revealed.
timezone = "{tz}"

[[unit]]
name = "Mesa Verde Cryptologic Research Laboratory"
aliases = ["Mesa Verde Cryptologic Lab", "MVCRL", "Mesa Verde Lab"]

[[role]]
name = "cryptanalyst"

[[role]]
name = "security researcher"

[[site]]
name = "MVCRL Table Mountain campus"
lat = {office[0]}
lon = {office[1]}
radius_m = 300
''')


if __name__ == "__main__":
    h1()
    h2()
    h3()
