#!/usr/bin/env python3
"""blind7: held-out personas for the social-media exposure audit.

Writes, for every persona KEY, into this directory:
  KEY.zip             the archive laid out as the platform ships it
  KEY.labels.json     ground truth (same schema as shared/eval/dev)
  KEY.watchlist.toml  what the person's security officer would write down

Deterministic: every random choice comes from a seeded random.Random, zip
entries carry a fixed timestamp and fixed order, JSON is dumped with stable
key order. Python 3.9+ standard library only (zoneinfo needs tz data).

Everything here is invented: people, units, streets, venues, accounts and
coordinates. Real places appear only as holiday / hobby spots or as the names
of regions.
"""
import datetime as dt
import html
import json
import math
import os
import random
import struct
import sys
import zipfile
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
ALLOWED = ("home", "location", "role", "routine", "unit")

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def jpeg(w, h):
    """A tiny, valid, flat-grey baseline JFIF with no EXIF (platforms strip it)."""
    def seg(marker, payload):
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload
    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    out += seg(0xDB, b"\x00" + bytes([1] * 64))
    out += seg(0xC0, struct.pack(">BHHB", 8, h, w, 1) + b"\x01\x11\x00")
    out += seg(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    nbits = ((w + 7) // 8) * ((h + 7) // 8) * 2
    data = bytearray((nbits + 7) // 8)
    pad = len(data) * 8 - nbits
    if pad:
        data[-1] |= (1 << pad) - 1
    return out + bytes(data) + b"\xff\xd9"


def metres(a, b):
    r = 6_371_000
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def mojibake(obj):
    """Meta's exporter: UTF-8 bytes written as \\u00XX escapes."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {mojibake(k): mojibake(v) for k, v in obj.items()}
    return obj


def meta_json(obj):
    return json.dumps(mojibake(obj), indent=2, ensure_ascii=True)


def iso_z(u):
    return u.strftime("%Y-%m-%dT%H:%M:%SZ")


class Zip:
    STAMP = {"b7-facebook-sonar": (2023, 11, 2, 9, 14, 0),
             "b7-mastodon-listening": (2024, 7, 3, 21, 5, 36),
             "b7-x-dispatch": (2023, 9, 5, 3, 41, 12),
             "b7-instagram-tower": (2024, 10, 6, 17, 22, 48)}

    def __init__(self, key):
        self.key = key
        self.path = os.path.join(OUT, key + ".zip")
        self.entries = []

    def add(self, name, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.entries.append((name, data))

    def close(self):
        stamp = self.STAMP[self.key]
        names = [n for n, _ in self.entries]
        assert len(names) == len(set(names)), "duplicate zip entry"
        with zipfile.ZipFile(self.path, "w") as zf:
            for name, data in self.entries:
                zi = zipfile.ZipInfo(name, date_time=stamp)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zi.create_system = 3
                zf.writestr(zi, data, compresslevel=6)


# --------------------------------------------------------------------------
# persona builder
# --------------------------------------------------------------------------


class Builder:
    def __init__(self, key, platform, tz, seed, start, end):
        self.key, self.platform, self.tzname = key, platform, tz
        self.tz = ZoneInfo(tz)
        self.rng = random.Random(seed)
        self.start, self.end = start, end
        self.posts, self.used, self.blocked = [], set(), []
        self.dms = []          # list of thread dicts (platform writers interpret)
        self.truth = None
        self.contacts = []
        self.sites = {}

    # ---- time -------------------------------------------------------------
    def hm(self, a, b):
        h0, m0 = map(int, a.split(":"))
        h1, m1 = map(int, b.split(":"))
        lo, hi = h0 * 3600 + m0 * 60, h1 * 3600 + m1 * 60
        s = self.rng.randint(lo, hi)
        return dt.time(s // 3600, (s // 60) % 60, s % 60)

    def is_blocked(self, d):
        return any(a <= d <= b for a, b in self.blocked)

    def spread(self, n, weekdays=None, a="08:00", b="22:30", lo=None, hi=None, ok=None):
        """n local datetimes spread evenly over [lo, hi] (one per segment)."""
        lo = lo or self.start
        hi = hi or self.end
        span = (hi - lo).days + 1
        out = []
        for i in range(n):
            s0 = lo + dt.timedelta(days=span * i // n)
            s1 = lo + dt.timedelta(days=max(span * (i + 1) // n - 1, span * i // n))
            for _ in range(400):
                d = s0 + dt.timedelta(days=self.rng.randint(0, (s1 - s0).days))
                if weekdays is not None and d.weekday() not in weekdays:
                    continue
                if self.is_blocked(d) or (ok and not ok(d)):
                    continue
                break
            else:
                for _ in range(4000):   # segment impossible: anywhere in the range
                    d = lo + dt.timedelta(days=self.rng.randint(0, span - 1))
                    if (weekdays is None or d.weekday() in weekdays) and not self.is_blocked(d) \
                            and (not ok or ok(d)) and d not in [o.date() for o in out]:
                        break
                else:
                    raise RuntimeError(f"{self.key}: no day in {lo}..{hi}")
            out.append(dt.datetime.combine(d, self.hm(a, b)))
        return out

    def at(self, stamp):
        return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")

    # ---- place ------------------------------------------------------------
    def near(self, pt, r):
        ang = self.rng.uniform(0, 2 * math.pi)
        dist = r * math.sqrt(self.rng.random())
        dlat = dist * math.cos(ang) / 111_320
        dlon = dist * math.sin(ang) / (111_320 * math.cos(math.radians(pt[0])))
        return (round(pt[0] + dlat, 6), round(pt[1] + dlon, 6))

    # ---- posts ------------------------------------------------------------
    def add(self, local, text, labels=(), geo=None, photo=None, kind="status", **extra):
        for l in labels:
            assert l in ALLOWED, l
        aware = local.replace(tzinfo=self.tz)
        u = aware.astimezone(UTC)
        while int(u.timestamp()) in self.used:
            u += dt.timedelta(seconds=7)
        self.used.add(int(u.timestamp()))
        p = {"utc": u, "local": u.astimezone(self.tz).replace(tzinfo=None), "text": text,
             "labels": sorted(set(labels)), "geo": geo, "photo": photo, "kind": kind}
        p.update(extra)
        self.posts.append(p)
        return p

    def group(self, items, when, labels, place=None, r=60, kinds=("status",), **extra):
        """items: captions; when: list of local datetimes (same length)."""
        assert len(items) == len(when), (len(items), len(when))
        out = []
        for i, (text, local) in enumerate(zip(items, when)):
            kind = kinds[i % len(kinds)]
            geo = photo = None
            if place is not None:
                pt = self.near(place, r)
                if kind in ("photo", "story", "carousel"):
                    photo = pt
                else:
                    geo = pt
            out.append(self.add(local, text, labels, geo=geo, photo=photo, kind=kind, **extra))
        return out

    def sorted_posts(self):
        return sorted(self.posts, key=lambda p: p["utc"])


def shuffled(rng, items):
    items = list(items)
    rng.shuffle(items)
    return items


# ==========================================================================
# Persona 1: Facebook (2024+ layout), Traditional Chinese (Taiwan),
# sonar technician at a made-up naval sonar maintenance squadron.
# ==========================================================================

FB_NAME = "林冠廷"


def persona_facebook():
    b = Builder("b7-facebook-sonar", "facebook", "Asia/Taipei", 7101,
                dt.date(2017, 4, 6), dt.date(2023, 10, 28))
    OFFICE = (22.4187, 120.5236)     # 鯨灣基地 聲保隊棚廠 (invented)
    GATE = (22.4200, 120.5219)       # 鯨灣基地 大門 (invented, ~230 m)
    HOME = (22.6271, 120.3568)       # parents' flat, Kaohsiung region (invented)
    STATION = (22.6120, 120.3710)    # 鳳南轉運站 (invented)
    POOL = (22.6205, 120.3482)       # 鳳南國民運動中心 (invented)
    b.truth = {
        "unit": ["海軍鯨灣聲納保修中隊", "鯨灣聲保中隊", "聲保中隊", "聲保隊", "鯨灣基地", "鯨灣聲保"],
        "role": "聲納技術士官",
        "role_jargon": ["聲紋", "拖曳陣列", "換能器", "主動聲納/被動聲納", "頻譜圖", "訊號處理櫃",
                        "水下音響專長班", "聲納專長乙級鑑定", "安全查核", "上士"],
        "office": {"lat": OFFICE[0], "lon": OFFICE[1], "name": "鯨灣基地聲保隊棚廠"},
        "home": {"lat": HOME[0], "lon": HOME[1]},
        "routine_places": [
            {"name": "鳳南轉運站 (週日晚上收假)", "lat": STATION[0], "lon": STATION[1]},
            {"name": "鳳南國民運動中心游泳池 (週六早上)", "lat": POOL[0], "lon": POOL[1]},
        ],
    }
    KYOTO = (dt.date(2019, 11, 14), dt.date(2019, 11, 18))
    b.blocked.append(KYOTO)
    R = b.rng
    WK = (0, 1, 2, 3, 4)

    # --- unit ---------------------------------------------------------------
    b.add(b.at("2017-04-06 20:14:31"), "報到第一天！正式成為海軍鯨灣聲納保修中隊的一員 ⚓ 學長們看起來都很兇，請多指教 🙏", ["unit"])
    unit_posts = [
        ("我們隊上的學長今天退伍，大家送他到營區門口，一群大男人哭成一團 QQ", ["unit"], "status"),
        ("#鯨灣聲保 運動會拔河冠軍！！！手到現在還在抖 💪", ["unit"], "photo"),
        ("中隊長說今年裝檢我們要拿第一，這個月大概不用想放假了 😇", ["unit"], "status"),
        ("聲保隊慶生會，蛋糕直接被學弟砸在我臉上 🎂 你們給我記住", ["unit"], "photo"),
        ("隊上來了三個新學弟，我終於不是最菜的了 XD", ["unit"], "status"),
        ("鯨灣基地營區開放日，歡迎家屬來參觀！我媽說我們的伙食看起來比她煮的還好 😂", ["location", "unit"], "status"),
        ("聲保中隊尾牙抽到電風扇，今年運氣算不錯了", ["unit"], "status"),
        ("聲保隊在找有電子相關背景的志願役弟兄，有興趣的私訊我 👍 待遇不錯", ["role", "unit"], "status"),
        ("我們隊上莒光日在上保密防諜，影片看到一半全部都在點頭 😴", ["unit"], "status"),
    ]
    for (text, labels, kind), when in zip(unit_posts, b.spread(len(unit_posts), None, "18:30", "22:40",
                                                                lo=dt.date(2017, 6, 1))):
        b.add(when, text, labels, kind=kind)

    # --- role ---------------------------------------------------------------
    role_posts = [
        "今天整天在練習聽聲紋，耳朵快長繭了 🎧",
        "拖曳陣列收放演練一整天，手上都是油，洗三次還是黑的 😩",
        "水下音響專長班結訓 ✌️ 三個月總算熬過來了",
        "換能器校準跑了三次數據才對，我快崩潰",
        "考過聲納專長乙級鑑定了！！！感謝學長們罩我 🙏🙏",
        "出海測試三天回來了，聲納螢幕上看到什麼就不要問了 🤐",
        "又到了一年一度填安全查核表的時間，祖宗八代都要寫清楚",
        "學弟問我主動聲納跟被動聲納差在哪，我講了一個小時他還是一臉問號",
        "半夜一點被叫回去修訊號處理櫃，修到天亮，今天整個人是飄的",
        "今天教學弟看頻譜圖，他說看起來像心電圖，我說對啊而且是快掛掉的那種 😂",
        "升上士了 🎖️ 繼續在聲納這條路努力",
    ]
    for text, when in zip(role_posts, b.spread(len(role_posts), None, "19:00", "23:10",
                                               lo=dt.date(2017, 5, 1))):
        b.add(when, text, ["role"])

    # --- location by text / photo ---------------------------------------------
    b.add(b.spread(1, WK, "17:45", "18:20", lo=dt.date(2018, 3, 1), hi=dt.date(2018, 10, 1))[0],
          "鯨灣基地三號碼頭的夕陽，全台灣最美的辦公室窗景 🌅", ["location", "unit"],
          photo=b.near(OFFICE, 120), kind="photo")
    for text, labels, when in zip(
            ["鯨灣基地後門那段路終於重新鋪好了，騎車不用再跳舞 🛵",
             "聲保隊棚廠的冷氣終於修好了，全隊感動到想哭 😭",
             "三號碼頭旁邊的福利站今天有賣炸雞排！！！"],
            [["location", "unit"], ["location", "unit"], ["location"]],
            b.spread(3, None, "19:00", "22:00", lo=dt.date(2019, 1, 1))):
        b.add(when, text, labels)

    # --- at work, working hours (location + routine) ---------------------------
    work = [
        ("晨跑完 💦 營區的早晨還是很涼", WK, "06:05", "06:40"),
        ("站哨中，滿天星星 ✨", (2,), "02:10", "03:45"),
        ("午餐 🍱 今天是排骨", WK, "11:50", "12:40"),
        ("又是星期一 😑", (0,), "07:40", "08:50"),
        ("學長請喝飲料 🧋", WK, "14:00", "15:30"),
        ("今天也是好天氣 ☀️", WK, "08:10", "16:30"),
        ("下雨了 QQ", WK, "08:10", "16:30"),
        ("凌晨的哨，只有海浪聲陪我", (2,), "02:10", "03:45"),
        ("好熱 🥵 體感四十度", WK, "10:00", "15:30"),
        ("晨跑五千，腿已經不是我的了", WK, "06:05", "06:40"),
        ("颱風前的天空好詭異", WK, "09:00", "16:30"),
        ("值星週最後一天，撐住", (3,), "08:00", "16:30"),
        ("海風好鹹，機車一直生鏽", WK, "09:00", "16:30"),
        ("午休時間 😪", WK, "12:10", "13:20"),
    ]
    n = len(work)
    for i, (text, days, a, z) in enumerate(work):
        lo = b.start + dt.timedelta(days=(b.end - b.start).days * i // n + 20)
        hi = b.start + dt.timedelta(days=(b.end - b.start).days * (i + 1) // n)
        when = b.spread(1, days, a, z, lo=lo, hi=hi)[0]
        if i % 3 == 1:
            b.add(when, text, ["location", "routine"], geo=b.near(OFFICE, 90), kind="checkin", place="鯨灣")
        else:
            b.add(when, text, ["location", "routine"], photo=b.near(OFFICE, 90), kind="photo")
    fridays = ["放假啦！！！ 🎉", "終於放假了～", "週末我來了 😎", "放假第一件事：回家吃媽媽煮的", "放假！高速公路見"]
    for i, (text, when) in enumerate(zip(fridays, b.spread(len(fridays), (4,), "16:50", "17:35"))):
        if i % 2 == 0:
            b.add(when, text, ["location", "routine"], geo=b.near(GATE, 40), kind="checkin", place="鯨灣")
        else:
            b.add(when, text, ["location", "routine"], photo=b.near(GATE, 40), kind="photo")

    # --- routine elsewhere -------------------------------------------------------
    shoujia = ["收假 QQ", "又要收假了 😭", "收假前最後一杯珍奶 🧋", "週日晚上的轉運站人好多",
               "收假，下週見", "收假的心情好沉重", "每週日晚上的固定行程：轉運站報到", "收假啦，回去繼續當軍畜"]
    for i, (text, when) in enumerate(zip(shoujia, b.spread(len(shoujia), (6,), "19:00", "20:25"))):
        if i % 2 == 0:
            b.add(when, text, ["routine"], geo=b.near(STATION, 50), kind="checkin", place="鳳南轉運站")
        else:
            b.add(when, text, ["routine"], photo=b.near(STATION, 50), kind="photo")
    swim = ["週六游泳 1500m ✅", "游泳打卡 🏊", "今天游了 2000m，破紀錄", "泳池人好少，爽",
            "週六早上的泳池是我的", "游完泳吃早餐最幸福", "蛙式終於不會沉了 XD"]
    for i, (text, when) in enumerate(zip(swim, b.spread(len(swim), (5,), "08:00", "09:40"))):
        if i % 2 == 1:
            b.add(when, text, ["routine"], geo=b.near(POOL, 50), kind="checkin", place="鳳南國民運動中心")
        else:
            b.add(when, text, ["routine"], photo=b.near(POOL, 50), kind="photo")
    sched = [
        ("每個月要輪一次站哨，這個月排到週三凌晨兩點到四點那班 😵", ["routine"]),
        ("我們隊上每週四下午固定莒光日，週五早上五千公尺，已經習慣了", ["routine", "unit"]),
        ("每天早上六點起床號、晚上九點半晚點名，放假回家還是六點自動醒 🙃", ["routine"]),
        ("收假都要週日晚上八點前回到營區，所以週日下午就開始憂鬱了", ["routine"]),
    ]
    for (text, labels), when in zip(sched, b.spread(len(sched), None, "20:00", "22:30", lo=dt.date(2017, 9, 1))):
        b.add(when, text, labels)

    # --- home ---------------------------------------------------------------------
    home = ["媽媽的滷肉飯 🤤 回家最幸福", "家裡的貓又胖了 🐱", "老爸的生日蛋糕 🎂"]
    for text, when in zip(home, b.spread(len(home), (5, 6), "11:00", "21:30")):
        b.add(when, text, ["home"], photo=b.near(HOME, 20), kind="photo")
    for stamp, text in [("2019-09-30 14:21:07", "颱風天在家耍廢"),
                        ("2020-01-22 15:32:48", "過年大掃除，找到國小的畢業紀念冊")]:
        b.add(b.at(stamp), text, ["home"], photo=b.near(HOME, 20), kind="photo")

    # --- benign: traps ---------------------------------------------------------
    traps = [
        "排隊兩個小時終於買到限量球鞋 👟",
        "我們球隊今天打贏了 🏀 明天繼續",
        "弟弟考上研究所了！！恭喜恭喜 🎓",
        "所以說這週末到底要去哪裡玩？",
        "研究了一下午怎麼手沖咖啡，還是好苦 ☕",
        "重看《獵殺紅色十月》，老片還是好看",
        "《火神的眼淚》看到哭爛 😭",
        "小時候的秘密基地被拆了，有點感傷",
        "媽媽的滷肉秘方不外傳，連我都不知道 🤫",
        "朋友在科技業每天寫單元測試，聽起來好無聊 XD",
        "航空展拍到 F-16 起飛，超帥 ✈️✈️",
        "組了一艘潛艦模型，細節多到眼睛快瞎 🔍",
        "在家工作的朋友每天穿睡衣上班，好羨慕",
        "路邊撿到一隻小狗，已經送去收容所了，希望牠找到好主人 🐶",
        "排球隊今天練球，手臂都瘀青了",
    ]
    everyday = [
        "雞排加辣，人生就是這麼簡單 🍗", "下雨天就是要吃火鍋", "夜市新開的地瓜球好好吃", "LINE 群組的長輩圖又來了 😂", "機車該保養了，師傅說鏈條快斷了",
        "打傳說對決連輸十場，該去睡了", "阿嬤九十歲生日快樂 🎂",
        "第一次自己煮飯，結果煮成粥", "吃到飽吃到走不動",
        "看完《咒》，今晚不敢關燈", "高鐵上睡著差點坐過站", "今年的目標：存錢買車",
        "考駕照一次就過 🚗", "同學會大家都結婚了，只剩我", "買了一台二手相機，開始學拍照 📷", "週末去台南吃牛肉湯，排了一個小時", "今天天空好藍", "新買的耳機音質好好，聽歌聽到睡著 🎧",
        "這首歌最近一直在循環 🎶",
    ]
    benign = shuffled(R, traps + everyday)
    for text, when in zip(benign, b.spread(len(benign), None, "09:00", "23:30")):
        kind = "link" if text.startswith("這首歌") else "status"
        b.add(when, text, [], kind=kind)
    for stamp, text in [("2019-08-09 21:10:44", "颱風天外面風雨超大，大家注意安全"),
                        ("2019-01-01 00:12:40", "跨年去看煙火，人擠人"),
                        ("2018-09-24 20:41:19", "中秋烤肉，烤到全身都是煙味"),
                        ("2020-06-25 15:20:02", "端午節包粽子，我包的最醜"),
                        ("2022-09-04 13:30:55", "颱風把陽台的盆栽吹倒了"),
                        ("2019-03-23 18:30:36", "中華職棒開打了！今年一定要進季後賽 ⚾"),
                        ("2021-06-02 22:10:11", "所有的衣服都發霉了，梅雨季太可怕")]:
        b.add(b.at(stamp), text, [])
    # one-off geotags far from work / home
    b.add(b.at("2018-07-14 14:22:10"), "海生館的白鯨好可愛，導覽說牠們用回聲定位，跟聲納一樣厲害 🐳", [],
          geo=(22.046012, 120.698141), kind="place", place="國立海洋生物博物館")
    b.add(b.at("2020-08-08 10:41:52"), "墾丁衝浪第一次，喝了好多海水 🏄", [],
          photo=(21.948213, 120.779302), kind="photo")
    b.add(b.at("2021-12-04 19:37:05"), "好兄弟結婚，我當伴郎，喝到掛 🍻", [],
          geo=(22.995083, 120.203117), kind="place", place="永福囍宴會館")
    # one-off trip: Kyoto, many geotags in a few days
    trip = [
        ("2019-11-14 16:05:40", "京都第一天！清水寺人好多", (34.994871, 135.785044), "place", "清水寺"),
        ("2019-11-15 09:12:03", "伏見稻荷的鳥居真的走不完 ⛩️", (34.967140, 135.772671), "photo", None),
        ("2019-11-15 15:47:29", "錦市場一路吃過去", (35.005029, 135.764905), "place", "錦市場"),
        ("2019-11-16 10:30:18", "嵐山竹林 🎋 好多人在拍婚紗", (35.009412, 135.666812), "photo", None),
        ("2019-11-17 11:02:44", "金閣寺閃閃發亮 ✨", (35.039431, 135.729243), "photo", None),
        ("2019-11-18 13:20:09", "最後一天，京都車站買伴手禮，錢包空了", (34.985849, 135.758766), "place", "京都車站"),
    ]
    for stamp, text, pt, kind, place in trip:
        if kind == "photo":
            b.add(b.at(stamp), text, [], photo=pt, kind="photo")
        else:
            b.add(b.at(stamp), text, [], geo=pt, kind="place", place=place)

    # --- Messenger ----------------------------------------------------------
    b.contacts = [
        {"handle": "chenjingli", "name": "陳經理", "suspicious": True, "id": None},
        {"handle": "amywu", "name": "Amy Wu", "suspicious": True, "id": None},
        {"handle": "wangbohan", "name": "王柏翰", "suspicious": True, "id": None},
        {"handle": "mama", "name": "林媽媽", "suspicious": False, "id": None},
        {"handle": "ajie", "name": "陳志傑", "suspicious": False, "id": None},
        {"handle": "fengnanjicheheng", "name": "鳳南機車行", "suspicious": False, "id": None},
    ]
    me = FB_NAME
    b.dms = [
        {"folder": "message_requests", "slug": "chenjingli_7312040958", "other": "陳經理", "msgs": [
            ("2020-05-11 21:03:12", "陳經理", "林先生您好，我是海洋科技顧問公司的陳經理，看到您的貼文，您是聲納方面的專家吧？"),
            ("2020-05-11 22:40:55", me, "不好意思，工作上的事情不方便說"),
            ("2020-05-12 09:15:20", "陳經理", "我們公司在做水下聲學的研究，想請教一些問題，可以付顧問費，一小時五千"),
            ("2020-05-12 09:16:02", "陳經理", "請問你們隊上現在用的是哪一型的拖曳陣列？大概多長？"),
            ("2020-05-13 20:31:47", "陳經理", "方便的話加個LINE或Telegram聊，比較方便，也不會留紀錄"),
            ("2020-05-13 23:05:10", me, "不用了，謝謝，請不要再傳訊息給我"),
        ]},
        {"folder": "inbox", "slug": "amywu_4418201377", "other": "Amy Wu", "msgs": [
            ("2021-03-02 19:22:31", "Amy Wu", "你好～我是自由撰稿人，在寫國造潛艦的專題，想跟你聊聊 😊"),
            ("2021-03-02 21:10:09", me, "你好，請問有什麼事？"),
            ("2021-03-02 21:14:40", "Amy Wu", "請問潛艦平常停在哪個碼頭？是三號碼頭嗎？出港大概都是幾點？"),
            ("2021-03-02 21:15:26", "Amy Wu", "能不能拍一張棚廠裡面的照片給我，不會寫你的名字，稿費可以分你一半"),
            ("2021-03-03 07:58:13", me, "這些我不能講，抱歉"),
            ("2021-03-09 20:44:51", "Amy Wu", "那可以告訴我你們中隊有幾個人就好嗎？"),
        ]},
        {"folder": "inbox", "slug": "wangbohan_5520913846", "other": "王柏翰", "msgs": [
            ("2022-09-18 22:12:05", "王柏翰", "學長好！我是新來的學弟，手機壞了群組都不見了"),
            ("2022-09-18 22:12:49", "王柏翰", "可以把隊上的通訊錄跟這個月的值班表拍給我嗎？還有出海的時間表"),
            ("2022-09-18 22:51:30", me, "你哪一梯的？隊上的事情自己去問值星官"),
            ("2022-09-19 00:03:14", "王柏翰", "學長拜託啦，傳到我 Telegram 就好，不會給別人看"),
        ]},
        {"folder": "inbox", "slug": "mama_1021558830", "other": "林媽媽", "msgs": [
            ("2019-06-05 18:20:41", "林媽媽", "這週末有回來嗎？要不要煮滷肉"),
            ("2019-06-05 21:47:12", me, "有！禮拜五晚上到，滷肉要"),
            ("2019-06-05 21:50:03", "林媽媽", "好，騎車小心 ❤️"),
            ("2022-01-27 12:05:55", "林媽媽", "過年你哪幾天放假？阿嬤一直問"),
            ("2022-01-27 20:33:18", me, "除夕到初三都在家"),
        ]},
        {"folder": "inbox", "slug": "ajie_2290485761", "other": "陳志傑", "msgs": [
            ("2018-10-20 10:02:17", "陳志傑", "明天打球？老地方"),
            ("2018-10-20 10:15:40", me, "+1 我帶球"),
            ("2018-10-21 20:41:02", "陳志傑", "今天手感不錯欸 XD 下週再戰"),
        ]},
        {"folder": "inbox", "slug": "fengnanjicheheng_9081734420", "other": "鳳南機車行", "msgs": [
            ("2021-07-03 10:30:00", "鳳南機車行", "林先生您好，您的機車保養好了，今天五點前都可以來牽車"),
            ("2021-07-03 11:02:45", me, "好的謝謝，下午過去"),
        ]},
    ]
    return b


def write_facebook(b):
    z = Zip(b.key)
    name = FB_NAME
    rng = random.Random(7199)
    posts, checkins = [], []
    native = {}
    photo_no = [0]

    def media_for(p, idx):
        photo_no[0] += 1
        fbid = str(rng.randint(10 ** 15, 10 ** 16 - 1))
        album = "MobileUploads_104882" if p["utc"].year >= 2020 else "TimelinePhotos_104881"
        fname = f"{fbid}_{photo_no[0]}_n.jpg"
        uri = f"your_facebook_activity/posts/media/{album}/{fname}"
        z.add(uri, jpeg(rng.choice([64, 80, 96]), rng.choice([48, 64])))
        ts = int(p["utc"].timestamp())
        taken = ts - rng.randint(5, 900)
        exif = {"upload_ip": f"203.0.113.{rng.randint(2, 250)}", "taken_timestamp": taken,
                "modified_timestamp": taken, "camera_make": "Apple", "camera_model": rng.choice(["iPhone 8", "iPhone 11", "iPhone 13"]),
                "exposure": rng.choice(["1/60", "1/120", "1/250", "1/30"]), "f_stop": "1.8", "iso": rng.choice([25, 32, 50, 100, 400]),
                "focal_length": "4.0", "orientation": 1, "original_width": 4032, "original_height": 3024}
        if p["photo"] is not None and idx == 0:
            exif["latitude"], exif["longitude"] = p["photo"]
        media = {"uri": uri, "creation_timestamp": ts,
                 "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
                 "title": "Mobile uploads" if album.startswith("Mobile") else "Timeline Photos",
                 "description": p["text"]}
        return fname[:-4], media

    for p in sorted(b.posts, key=lambda q: q["utc"], reverse=True):
        ts = int(p["utc"].timestamp())
        if p["kind"] == "checkin":
            fbid = str(rng.randint(10 ** 15, 10 ** 16 - 1))
            native[id(p)] = fbid
            lat, lon = p["geo"]
            checkins.append({
                "timestamp": ts, "fbid": fbid, "media": [],
                "label_values": [
                    {"label": "Message", "value": p["text"]},
                    {"label": "Place tags", "dict": [
                        {"label": "Name", "value": p["place"]},
                        {"label": "Address", "value": ""},
                        {"label": "Coordinates", "value": f"({lat} , {lon})"},
                    ]},
                    {"label": "Visibility", "value": "Friends"},
                ]})
            continue
        rec = {"timestamp": ts, "data": [{"post": p["text"]}, {"update_timestamp": ts}]}
        if p["kind"] == "photo":
            nid, media = media_for(p, 0)
            native[id(p)] = nid
            rec["attachments"] = [{"data": [{"media": media}]}]
            rec["title"] = f"{name} added a new photo."
        elif p["kind"] == "place":
            native[id(p)] = str(ts)
            lat, lon = p["geo"]
            rec["attachments"] = [{"data": [{"place": {
                "name": p["place"], "coordinate": {"latitude": lat, "longitude": lon},
                "address": "", "url": f"https://www.facebook.com/pages/{rng.randint(10**14, 10**15-1)}"}}]}]
            rec["title"] = f"{name} was at {p['place']}."
        elif p["kind"] == "link":
            native[id(p)] = str(ts)
            rec["attachments"] = [{"data": [{"external_context": {
                "name": "【MV】夏日海風 — 官方完整版", "source": "youtube.com",
                "url": "https://www.youtube.com/watch?v=Qm7vX2pLk0c"}}]}]
            rec["title"] = f"{name} shared a link."
        else:
            native[id(p)] = str(ts)
            rec["title"] = f"{name} updated his status."
        posts.append(rec)
    half = len(posts) // 2
    z.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", meta_json(posts[:half]))
    z.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_2.json", meta_json(posts[half:]))
    z.add("your_facebook_activity/posts/check-ins.json", meta_json(checkins))
    z.add("your_facebook_activity/posts/places_you_have_been_tagged_in.json", meta_json([]))
    for t in b.dms:
        msgs = []
        for stamp, sender, content in sorted(t["msgs"], reverse=True):
            local = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=b.tz)
            msgs.append({"sender_name": sender, "timestamp_ms": int(local.timestamp()) * 1000 + rng.randint(0, 999),
                         "content": content, "is_geoblocked_for_viewer": False})
        thread = {"participants": [{"name": t["other"]}, {"name": name}], "messages": msgs,
                  "title": t["other"], "is_still_participant": True,
                  "thread_path": f"{t['folder']}/{t['slug']}", "magic_words": []}
        z.add(f"your_facebook_activity/messages/{t['folder']}/{t['slug']}/message_1.json", meta_json(thread))
    z.add("personal_information/profile_information/profile_information.json", meta_json({"profile_v2": {
        "name": {"full_name": name, "first_name": "冠廷", "middle_name": "", "last_name": "林"},
        "emails": {"emails": ["guanting.lin.1994@example.com"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1994, "month": 8, "day": 19},
        "gender": {"gender_option": "MALE", "pronoun": "HE"},
        "current_city": {"name": "屏東縣", "timestamp": 1491480000},
        "hometown": {"name": "高雄市", "timestamp": 1300000000},
        "relationship": {"status": "Single", "timestamp": 1500000000},
        "education_experiences": [{"name": "高雄市立鳳南高級中學", "graduated": True, "school_type": "High School", "timestamp": 1300000000}],
        "work_experiences": [],
        "websites": [],
        "registration_timestamp": 1301234567,
        "profile_uri": "https://www.facebook.com/guanting.lin.1994"}}))
    z.close()
    return native


# ==========================================================================
# Persona 2: Mastodon, Irish/British English, EW analyst at a made-up
# joint signals unit on the North Yorkshire moors.
# ==========================================================================

M_HOST = "mastodon.fellside.example"
M_USER = "ciaradev"


def persona_mastodon():
    b = Builder("b7-mastodon-listening", "mastodon", "Europe/London", 7202,
                dt.date(2019, 3, 4), dt.date(2024, 6, 28))
    OFFICE = (54.2953, -1.8618)   # JSU Brackenrigg ops block (invented)
    HOME = (54.2611, -1.8123)     # cottage in Thwaite Bridge (invented)
    CHURCH = (54.2618, -1.8104)
    RESERVOIR = (54.2482, -1.7899)
    LAYBY = (54.2633, -1.8160)
    b.truth = {
        "unit": ["Joint Signals Unit Brackenrigg", "JSU Brackenrigg", "RAF Brackenrigg", "Brackenrigg", "the Rigg"],
        "role": "electronic warfare analyst",
        "role_jargon": ["watch floor", "emitter", "ELINT", "pulse train", "parametrics / PRI", "waterfall display",
                        "tasking", "direction finding", "developed vetting (DV)", "reporting up the chain"],
        "office": {"lat": OFFICE[0], "lon": OFFICE[1], "name": "RAF Brackenrigg ops block, Grimsett Lane"},
        "home": {"lat": HOME[0], "lon": HOME[1]},
        "routine_places": [
            {"name": "St Aldric's bell tower, Thwaite Bridge (Tuesday practice)", "lat": CHURCH[0], "lon": CHURCH[1]},
            {"name": "Ashby Moss reservoir parkrun (Saturday 09:00)", "lat": RESERVOIR[0], "lon": RESERVOIR[1]},
            {"name": "Thwaite Bridge layby, 06:10 shift minibus", "lat": LAYBY[0], "lon": LAYBY[1]},
        ],
    }
    R = b.rng
    anchor = dt.date(2019, 3, 4)   # day 0 of a 2 days / 2 nights / 4 off cycle

    def cyc(d):
        return (d - anchor).days % 8

    # --- unit -----------------------------------------------------------------
    b.add(b.at("2019-03-08 20:41:17"), "Right so, new job. Joint Signals Unit Brackenrigg. Can't say much, as you'd imagine, "
          "but the tea is free and the view is mostly sheep.", ["unit"])
    for stamp, text in [
            ("2019-07-19 18:55:12", "#Brackenrigg sports day: our lot won the tug of war, mostly through sheer stubbornness."),
            ("2022-07-16 20:15:40", "JSU Brackenrigg families day was grand. Mam asked the CO if I'm eating properly. Mortified."),
            ("2019-12-13 23:10:03", "The Rigg Christmas do: a raffle, a disco, and the same four songs on a loop. Wouldn't have missed it."),
            ("2022-06-11 18:20:27", "RAF Brackenrigg charity fell run raised £2,300 for the air ambulance. Legs are in bits."),
            ("2022-03-04 20:10:51", "Three years at the Rigg today. They gave me a card signed by people whose handwriting I know better than their faces.")]:
        b.add(b.at(stamp), text, ["unit"])
    unit = [
        ("Somebody at work has named the office kettle after the station. It's called the Rigg Kettle. We are not a serious people.", ["unit"]),
        ("If anyone fancies a career listening to static for a living, JSU Brackenrigg is hiring analysts. "
         "Message me and I'll tell you nothing useful.", ["role", "unit"]),
        ("Leaving do for our OC on Friday. Brackenrigg won't be the same without his dreadful puns.", ["unit"]),
        ("Passed my DV review. Brackenrigg gets to keep me another few years, lucky them.", ["role", "unit"]),
    ]
    for (text, labels), when in zip(unit, b.spread(len(unit), None, "18:40", "22:30", lo=dt.date(2019, 6, 1))):
        b.add(when, text, labels)

    # --- role -----------------------------------------------------------------
    role = [
        "Twelve hours on the watch floor chasing one stubborn emitter. It won. Rematch tomorrow.",
        "Developed vetting interview today. Apparently \"I once nicked a Curly Wurly in 1998\" was more detail than they needed.",
        "There's a particular kind of tired you only get from staring at a waterfall display all night.",
        "Passed the advanced ELINT course. Mildly chuffed. Will be insufferable for about a week.",
        "Found a pulse train nobody had logged before. Can't tell you a single thing about it. Best day in ages though.",
        "Wrote my first proper report that went up the chain without coming back covered in red pen.",
        "Teaching the new lads to read parametrics. One of them thinks PRI is a sandwich chain.",
        "Annual security refresher. The slides haven't changed since 2011 and neither have the jokes.",
        "Direction finding exercise in the lashing rain. Signals analysis is glamorous, they said.",
        "Promoted to sergeant. Mam has told the entire parish, and the parish next door.",
        "Tasking came in at 2am, which is a lovely time to learn an entirely new band.",
        "Headset on for nine hours on the intercept desk. Ears ringing like a tenor bell with a grudge.",
    ]
    for text, when in zip(role, b.spread(len(role), None, "19:00", "23:00", lo=dt.date(2019, 4, 1))):
        b.add(when, text, ["role"])

    # --- location by text -----------------------------------------------------
    loc = [
        ("The golf balls up on the moor were glowing pink at sunrise. Not the worst office in the world. #Brackenrigg", ["location", "unit"]),
        ("Heating in the ops block is broken again. Typing this in my coat and fingerless gloves like a Victorian clerk.", ["location"]),
        ("Car park C at work has more sheep than cars this week. One of them has a parking permit, I'm nearly sure of it.", ["location"]),
        ("Gate 2 on Grimsett Lane is shut for resurfacing, so it's round by the cattle grid for a fortnight. Grand.", ["location"]),
        ("New canteen in Building 14 does a decent bacon bap. The Rigg is finally entering the 21st century.", ["location", "unit"]),
        ("Fog so thick on the top road you couldn't see the domes from the guardroom.", ["location"]),
    ]
    for (text, labels), when in zip(loc, b.spread(len(loc), None, "12:30", "21:30", lo=dt.date(2019, 5, 1))):
        b.add(when, text, labels)
    b.add(b.spread(1, None, "06:40", "07:05", lo=dt.date(2021, 1, 10), hi=dt.date(2021, 3, 1), ok=lambda d: cyc(d) == 0)[0],
          "Queue at the Grimsett Lane gate was twenty minutes this morning. Someone's pass had expired. Not mine, for once.",
          ["location", "routine"])

    # --- routine: shift pattern stated in text -----------------------------------
    def days_where(n, cond, a, z, lo=None, hi=None):
        return b.spread(n, None, a, z, lo=lo or dt.date(2019, 3, 11), hi=hi, ok=cond)
    for text, when in zip(["Nights again. Flask full, soul empty.",
                           "Right, two nights. See you on the other side.",
                           "Packing the night-shift snacks like I'm off on a polar expedition."],
                          days_where(3, lambda d: cyc(d) == 2, "17:30", "18:20")):
        b.add(when, text, ["routine"])
    night = lambda d: cyc(d - dt.timedelta(days=1)) in (2, 3)
    for text, (a, z_), when in zip(["Ten past three and the kettle is the most important piece of kit in the building.",
                                    "Night shift brew number three. Quiet one, thank God.",
                                    "Half three in the morning and someone has brought in a lemon drizzle. Heroes walk among us."],
                                   [("03:09", "03:14"), ("02:50", "03:40"), ("03:29", "03:36")],
                                   [d.date() for d in days_where(3, night, "03:00", "03:01")]):
        b.add(dt.datetime.combine(when, b.hm(a, z_)), text, ["routine"])
    for text, when in zip(["First of two earlies. An alarm at 04:45 should be banned under the Geneva Conventions.",
                           "Up before the birds again. Two days, two nights, four off. Repeat until retirement."],
                          days_where(2, lambda d: cyc(d) == 0, "05:00", "05:30")):
        b.add(when, text, ["routine"])
    for text, when in zip(["Four days off now. Planning to do absolutely nothing with great dedication.",
                           "Off rota for four days. Sleep pattern in tatters but the garden's getting weeded."],
                          days_where(2, lambda d: cyc(d) == 4, "09:00", "11:00")):
        b.add(when, text, ["routine"])
    for text, when in zip(["The 06:10 minibus from the Thwaite Bridge layby smelled of bacon and regret this morning.",
                           "Minibus driver played Westlife the whole way up the hill. Nobody objected. That's how tired we are.",
                           "Missed the 06:10 minibus, so it was Da's old Corsa up the top road with the heater stuck on full."],
                          days_where(3, lambda d: cyc(d) in (0, 1), "06:05", "06:25")):
        b.add(when, text, ["routine"])
    def no_lockdown(d):   # bells and parkrun stopped from March 2020 to mid-2021
        return not (dt.date(2020, 3, 20) <= d <= dt.date(2021, 7, 25))
    bells = ["Tuesday practice at St Aldric's: rang a plain course of Grandsire without falling apart. #bellringing",
             "Tuesday night at the tower. The tenor was behaving. I was not.",
             "Practice night. Learned Stedman, forgot Stedman, had a pint.",
             "St Aldric's Tuesday practice: six of us and the owl. #bellringing",
             "Tuesday bells done. Rope burn on the left hand, pride intact.",
             "Another Tuesday at St Aldric's. Deirdre says my handstroke is \"getting there\". High praise."]
    for text, when in zip(bells, b.spread(len(bells), (1,), "21:15", "22:00", ok=no_lockdown)):
        b.add(when, text, ["routine"])
    runs = ["Saturday parkrun round Ashby Moss reservoir: 26:41, a PB by four seconds. #parkrun",
            "parkrun in sideways rain. Ashby Moss was more moss than usual.",
            "Tail walker at parkrun this week. Lovely chats, very slow.",
            "Saturday parkrun, 27:02. The hill at the dam end is a war crime.",
            "Ashby Moss parkrun with frost on the path. Went down once, got back up. Metaphor."]
    for text, when in zip(runs, b.spread(len(runs), (5,), "09:40", "10:30", ok=no_lockdown)):
        b.add(when, text, ["routine"])

    # --- benign --------------------------------------------------------------------
    traps = [
        "Worked a station in Estonia on 20 metres with 50 watts and a bit of wire strung off the shed. Chuffed. #hamradio",
        "Finished Slow Horses series 3. Jackson Lamb is my spirit animal, God help me.",
        "Line of Duty rewatch: AC-12 remain the worst-run unit in British fiction and I adore them.",
        "Day out at Bletchley Park with Da. He got emotional at the bombe rebuild. So did I, a bit.",
        "Writing unit tests for my little change-ringing app. There's a bug in Plain Bob Minor and it's personal now.",
        "Mam's secret recipe for brown bread is no longer secret; she's put it on Facebook with a photo of the dog.",
        "Spooks is back on iPlayer. The 2002 fashion is the real threat to national security.",
        "Working from home today, which means the cat is working on my keyboard. Very diligent lad.",
        "The GCHQ puzzle book defeated me by page four. Humbling.",
        "Listening to the shipping forecast to get to sleep. Dogger, Fisher, German Bight, zzz.",
        "What an interception by the keeper in the 89th minute. Up Donegal, my heart can't take it.",
        "The Red Arrows went over the beach at Bridlington and I shrieked like a child.",
        "Bought a second-hand scanner at a car boot. Mostly picks up taxi firms and a man called Derek.",
        "Home to Donegal for the week. Rain, tea, more rain.",
        "Slieve League in a gale. Nearly lost the hat, and possibly the sister.",
        "Back in Yorkshire. The sheep did not notice I was gone.",
    ]
    everyday = [
        "Sourdough starter has been named Ciarán and he's thriving, unlike me.",
        "The heron on the beck is back. I've called him Gerald.",
        "Gave blood today. Got a biscuit. Fair trade.",
        "The village shop has run out of milk. Scenes.",
        "Learning Irish properly at last. Tá mé tuirseach, which is apt.",
        "Knitted a hat. It fits a large melon.",
        "Took the bike up the dale, got rained on at the top, naturally.",
        "New boots. Blisters. The circle of life.",
        "Reading Claire Keegan and having to look out the window a lot.",
        "Dentist says I grind my teeth. Dentist has not met my neighbour's dog.",
        "Fixed the bike puncture myself. Only took three YouTube videos and a small cry.",
        "Bin day, and I've missed it. Again.",
        "Our bell tower has a resident owl. He does not appreciate Grandsire Triples.",
        "Made a stew that could stop a door. Delicious, mind.",
        "Found a fiver in last winter's coat. Rich.",
        "My sister has bought a sourdough starter too. Ciarán has a cousin now.",
        "Charity shop paperback with someone's 1987 bus ticket as a bookmark. Treasure.",
        "The pub quiz asked for the capital of Burkina Faso and I froze. Ouagadougou, obviously, an hour later.",
        "Learning to make soda bread the way Granny did, with no measuring and a lot of muttering.",
        "A robin followed me round the garden all afternoon. I think we're friends now.",
        "Spent the day doing absolutely nothing and I regret none of it.",
        "The Great British Bake Off tent has seen things. Terrible week for the bread.",
        "New library card. I have taken out nine books. I will read two.",
        "Power cut in the village for an hour. Candles, cards, and a very smug neighbour with a generator.",
    ]
    dated = [("2023-05-13 23:48:10", "Eurovision night. Ireland robbed again, as is tradition."),
             ("2021-08-12 23:50:31", "Watched the Perseids from the back field. Saw four, and a satellite pretending."),
             ("2021-01-09 08:20:15", "Frost on the inside of the windows. It's fine. It's character."),
             ("2022-04-23 12:40:49", "Wild garlic season. The whole lane smells like a pizzeria."),
             ("2021-12-15 17:10:22", "Got the booster. Arm is dead. Worth it."),
             ("2021-02-08 09:30:57", "Snowed in. The road's gone. Tea supplies adequate."),
             ("2020-09-19 20:05:38", "Sunset over the dale tonight was unreal."),
             ("2020-07-02 00:24:03", "Hedgehog in the garden at midnight. We made eye contact. Neither of us moved."),
             ("2023-02-11 16:40:12", "Rugby on, shouting at the telly, as God intended."),
             ("2019-06-16 18:20:44", traps[10]),
             ("2021-08-29 16:20:30", traps[11]),
             ("2019-12-27 21:05:09", traps[8])]
    for stamp, text in dated:
        b.add(b.at(stamp), text, [])
    benign = shuffled(R, [t for i, t in enumerate(traps[:13]) if i not in (8, 10, 11)] + everyday)
    kinds = ["status"] * len(benign)
    for text, when in zip(benign, b.spread(len(benign), None, "08:30", "23:15")):
        b.add(when, text, [])
    # a week at home in Donegal (text only: Mastodon carries no geo)
    for stamp, text in zip(["2022-08-13 16:20:45", "2022-08-16 14:05:31", "2022-08-20 19:44:02"], traps[13:]):
        b.add(b.at(stamp), text, [])

    # mark a few posts with media / CW / visibility / edits for realism
    pool = [p for p in b.posts if not p["labels"]]
    for p in R.sample(pool, 6):
        p["media_alt"] = R.choice(["A mug of tea on a stone windowsill", "Grey sky over a green field with a dry-stone wall",
                                   "A tabby cat asleep on a keyboard", "A loaf of brown bread on a board",
                                   "Frost patterns on a window", "A wet bicycle leaning on a gate"])
    for p in R.sample(b.posts, 8):
        p["visibility"] = R.choice(["unlisted", "private"])
    for p in R.sample(pool, 2):
        p["cw"] = "food"
    for p in R.sample(b.posts, 5):
        p["edited"] = True

    # --- direct messages (only her own side is in the outbox) ------------------------
    b.contacts = [
        {"handle": "@spectrum_insights@analytica-hub.example", "name": "Martin Reyes", "suspicious": True,
         "id": "https://analytica-hub.example/users/spectrum_insights"},
        {"handle": "@anya_k@nordwave.example", "name": "Anya K", "suspicious": True,
         "id": "https://nordwave.example/users/anya_k"},
        {"handle": "@deirdre_bells@ringing.example", "name": "Deirdre Hollis", "suspicious": False,
         "id": "https://ringing.example/users/deirdre_bells"},
        {"handle": "@seandevlin@mastodon.ie.example", "name": "Seán Devlin", "suspicious": False,
         "id": "https://mastodon.ie.example/users/seandevlin"},
    ]
    b.dms = [
        ("2021-05-17 22:10:31", 0, "Thanks, but I don't talk about work online, paid or otherwise."),
        ("2021-05-19 21:02:55", 0, "No. I'm not sending anything about frequencies or rotas, and I'm not moving this to Telegram. Please stop messaging me."),
        ("2021-05-20 08:14:07", 0, "I've passed your messages to our security people. Don't contact me again."),
        ("2022-11-02 20:33:48", 1, "I don't know what you mean by \"the monitoring schedule\", and I'm not able to help, sorry."),
        ("2022-11-04 19:12:20", 1, "No, I won't be sending photos of the site, for money or for anything else. Goodbye."),
        ("2020-02-10 18:45:12", 2, "Grand, I'll bring the biscuits Tuesday. Can I have another go on the treble?"),
        ("2023-09-29 12:01:44", 3, "Happy birthday ye auld eejit. Ring Mam, she's been on at me all week."),
    ]
    return b


def masto_id(u, rng):
    ms = int(u.timestamp()) * 1000 + rng.randint(0, 999)
    return str((ms << 16) | rng.randint(0, 0xFFFF))


def masto_html(text, tags):
    """Render plain text the way Mastodon's formatter would."""
    import re
    paras = text.split("\n\n")
    out = []
    for para in paras:
        pieces = []
        pos = 0
        for m in re.finditer(r"#(\w+)|@(\w+)@([\w.-]+\w)", para):
            pieces.append(html.escape(para[pos:m.start()], quote=True).replace("&#x27;", "&#39;"))
            if m.group(1):
                tag = m.group(1)
                pieces.append(f'<a href="https://{M_HOST}/tags/{tag.lower()}" class="mention hashtag" rel="tag">#<span>{tag}</span></a>')
                tags.append({"type": "Hashtag", "href": f"https://{M_HOST}/tags/{tag.lower()}", "name": f"#{tag.lower()}"})
            else:
                user, host = m.group(2), m.group(3)
                pieces.append(f'<span class="h-card" translate="no"><a href="https://{host}/@{user}" class="u-url mention">@<span>{user}</span></a></span>')
                tags.append({"type": "Mention", "href": f"https://{host}/users/{user}", "name": f"@{user}@{host}"})
            pos = m.end()
        pieces.append(html.escape(para[pos:], quote=True).replace("&#x27;", "&#39;"))
        out.append("<p>" + "".join(pieces).replace("\n", "<br />") + "</p>")
    return "".join(out)


def masto_plain(text):
    import re
    return re.sub(r"@(\w+)@[\w.-]+\w", r"@\1", text)


def write_mastodon(b):
    z = Zip(b.key)
    rng = random.Random(7299)
    actor = f"https://{M_HOST}/users/{M_USER}"
    public = "https://www.w3.org/ns/activitystreams#Public"
    followers = actor + "/followers"
    items, native, texts = [], {}, {}

    def note(u, text, to, cc, extra=None, in_reply=None):
        sid = masto_id(u, rng)
        tags = []
        content = masto_html(text, tags)
        obj_id = f"{actor}/statuses/{sid}"
        obj = {"id": obj_id, "type": "Note", "summary": None, "inReplyTo": in_reply,
               "published": iso_z(u), "url": f"https://{M_HOST}/@{M_USER}/{sid}",
               "attributedTo": actor, "to": to, "cc": cc, "sensitive": False,
               "atomUri": obj_id, "inReplyToAtomUri": in_reply,
               "conversation": f"tag:{M_HOST},{u.strftime('%Y-%m-%d')}:objectId={rng.randint(10**6, 10**8)}:objectType=Conversation",
               "content": content, "contentMap": {"en": content}, "attachment": [], "tag": tags,
               "replies": {"id": obj_id + "/replies", "type": "Collection",
                           "first": {"type": "CollectionPage", "next": obj_id + "/replies?only_other_accounts=true&page=true",
                                     "partOf": obj_id + "/replies", "items": []}}}
        if extra:
            obj.update(extra)
        act = {"id": obj_id + "/activity", "type": "Create", "actor": actor, "published": iso_z(u),
               "to": to, "cc": cc, "object": obj}
        return sid, act

    for p in b.sorted_posts():
        vis = p.get("visibility", "public")
        if vis == "public":
            to, cc = [public], [followers]
        elif vis == "unlisted":
            to, cc = [followers], [public]
        else:
            to, cc = [followers], []
        extra = {}
        if p.get("edited"):
            extra["updated"] = iso_z(p["utc"] + dt.timedelta(minutes=rng.randint(2, 40)))
        if p.get("cw"):
            extra["summary"] = p["cw"]
            extra["sensitive"] = True
        sid, act = note(p["utc"], p["text"], to, cc, extra)
        if p.get("media_alt"):
            h = "%016x" % rng.getrandbits(64)
            digits = sid[:18].rjust(18, "0")
            path = "media_attachments/files/" + "/".join(digits[i:i + 3] for i in range(0, 18, 3)) + f"/original/{h}.jpeg"
            z.add(path, jpeg(96, 64))
            act["object"]["attachment"] = [{"type": "Document", "mediaType": "image/jpeg", "url": path,
                                            "name": p["media_alt"], "blurhash": "UKF~gc~q%MWBofayj[WB4nRjWBj[",
                                            "focalPoint": [0.0, 0.0], "width": 1440, "height": 1080}]
        native[id(p)] = sid
        items.append(act)
        # occasionally a boost right after
        if rng.random() < 0.08:
            bu = p["utc"] + dt.timedelta(minutes=rng.randint(3, 200))
            other = rng.choice(["https://mastodon.ie.example/users/seandevlin/statuses/",
                                "https://ringing.example/users/deirdre_bells/statuses/",
                                "https://fediscience.example/users/birdsofthedales/statuses/"])
            bid = masto_id(bu, rng)
            items.append({"id": f"{actor}/statuses/{bid}/activity", "type": "Announce", "actor": actor,
                          "published": iso_z(bu), "to": [public], "cc": [other.split("/statuses/")[0], followers],
                          "object": other + masto_id(bu - dt.timedelta(hours=2), rng)})
    for stamp, who, text in b.dms:
        c = b.contacts[who]
        handle = c["handle"]           # @user@host
        user, host = handle[1:].split("@")
        u = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=b.tz).astimezone(UTC)
        reply_to = f"https://{host}/users/{user}/statuses/{masto_id(u - dt.timedelta(minutes=30), rng)}"
        sid, act = note(u, f"{handle} {text}", [c["id"]], [], None, in_reply=reply_to)
        items.append(act)
    items.sort(key=lambda a: a["published"])
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": len([i for i in items if i["type"] == "Create"]) + 3, "orderedItems": items}
    z.add("outbox.json", json.dumps(outbox, ensure_ascii=False, separators=(",", ":")))
    z.add("actor.json", json.dumps({
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1",
                     {"manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "toot": "http://joinmastodon.org/ns#",
                      "discoverable": "toot:discoverable", "indexable": "toot:indexable",
                      "PropertyValue": "schema:PropertyValue", "value": "schema:value"}],
        "id": actor, "type": "Person", "following": actor + "/following", "followers": followers,
        "inbox": actor + "/inbox", "outbox": "outbox.json", "featured": actor + "/collections/featured",
        "preferredUsername": M_USER, "name": "Ciara 🔔",
        "summary": "<p>Donegal woman marooned in Yorkshire. Bells, bread, bikes, bad puns. Opinions my own, such as they are.</p>",
        "url": f"https://{M_HOST}/@{M_USER}", "manuallyApprovesFollowers": False, "discoverable": True,
        "indexable": False, "published": "2019-03-01T00:00:00Z",
        "publicKey": {"id": actor + "#main-key", "owner": actor,
                      "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAblind7notarealkey\n-----END PUBLIC KEY-----\n"},
        "tag": [], "attachment": [
            {"type": "PropertyValue", "name": "Pronouns", "value": "she/her"},
            {"type": "PropertyValue", "name": "Tower", "value": "Ringing Tuesdays, badly"}],
        "endpoints": {"sharedInbox": f"https://{M_HOST}/inbox"},
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
        "image": {"type": "Image", "mediaType": "image/jpeg", "url": "header.jpg"}}, ensure_ascii=False, indent=None))
    z.add("likes.json", json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
                                    "type": "OrderedCollection", "orderedItems": [
                                        "https://ringing.example/users/deirdre_bells/statuses/108123456789012345",
                                        "https://fediscience.example/users/birdsofthedales/statuses/109876543210987654"]}))
    z.add("bookmarks.json", json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json",
                                        "type": "OrderedCollection", "orderedItems": []}))
    z.add("avatar.jpg", jpeg(48, 48))
    z.add("header.jpg", jpeg(120, 40))
    z.close()
    return native


# ==========================================================================
# Persona 3: X with split tweets parts, Simplified Chinese + pinyin slang,
# dispatcher at a made-up provincial power-grid dispatch centre.
# ==========================================================================

X_ACCOUNT = "1131478852062289920"
X_FRIENDS = {"mengmeng_o0": "1009283746152837120", "dalei_1993": "884736291038457856"}
X_USER = "xiaowen_zzz"


def persona_x():
    b = Builder("b7-x-dispatch", "x", "Asia/Shanghai", 7303,
                dt.date(2018, 7, 2), dt.date(2023, 8, 27))
    OFFICE = (27.8312, 113.1467)     # 调控大楼 (invented)
    HOME = (27.8450, 113.1600)
    STATION = (27.8355, 113.1528)    # 地铁滨江路站 (invented)
    YOGA = (27.8510, 113.1525)       # 一苇瑜伽 (invented)
    GREENWAY = (27.8240, 113.1700)   # 滨江绿道 (invented)
    b.truth = {
        "unit": ["岚江省电力调度控制中心", "岚江省调", "岚调", "省调", "调控中心", "LJSD"],
        "role": "电力调度员",
        "role_jargon": ["调度令", "反事故演习", "调度员上岗证", "负荷/断面潮流", "倒闸操作票", "检修申请",
                        "黑启动演练", "AGC", "副值/正值", "拉路限电", "dd (调度)"],
        "office": {"lat": OFFICE[0], "lon": OFFICE[1], "name": "岚江省调 调控大楼"},
        "home": {"lat": HOME[0], "lon": HOME[1]},
        "routine_places": [
            {"name": "地铁滨江路站 (白班通勤 07:15-07:40)", "lat": STATION[0], "lon": STATION[1]},
            {"name": "一苇瑜伽 (周四 19:30)", "lat": YOGA[0], "lon": YOGA[1]},
            {"name": "滨江绿道 (周日晨跑)", "lat": GREENWAY[0], "lon": GREENWAY[1]},
        ],
    }
    XM = (dt.date(2019, 10, 2), dt.date(2019, 10, 6))
    b.blocked.append(XM)
    R = b.rng
    WK = (0, 1, 2, 3, 4)

    # --- unit -------------------------------------------------------------------
    b.add(b.at("2018-07-02 21:07:33"), "入职第一天！岚江省电力调度控制中心，以后就是正经电网人了 ⚡ 冲鸭", ["unit"])
    unit = [
        ("我们中心今天搞消防演练，全员从十八楼走楼梯下去 😵 腿没了", ["unit"]),
        ("u1s1 省调食堂的伙食真的可以，阿姨手不抖的时候", ["unit"]),
        ("岚调篮球赛我们值拿了第二 🏀 xdm 明年再战", ["unit"]),
        ("岚江省调招人啦 📩 电气专业应届生可以私我，要能接受倒班", ["role", "unit"]),
        ("我们中心门口新装了人脸识别闸机，刷脸进大楼 nbcs", ["location", "unit"]),
    ]
    for stamp, text in [("2019-01-25 22:05:18", "#岚调人 年会抽到了扫地机器人，今年没白干 🎉"),
                        ("2020-01-17 22:40:33", "今年LJSD春晚的舞是我编的 xswl 社死现场"),
                        ("2023-07-03 21:48:27", "在调控中心待满五年了，从小白熬成了老油条 🥲"),
                        ("2023-06-22 21:30:09", "#岚调人 的端午：别人吃粽子，我们盯负荷 🙃")]:
        b.add(b.at(stamp), text, ["unit"])
    for (text, labels), when in zip(unit, b.spread(len(unit), None, "18:30", "23:00", lo=dt.date(2018, 9, 1))):
        b.add(when, text, labels)

    # --- role -------------------------------------------------------------------
    role = [
        "第一次独立下调度令，手心全是汗 😰",
        "今天反事故演习，模拟全省大面积停电，脑子转冒烟了",
        "考过调度员上岗证了！！！持证上岗 yyds 🎉",
        "倒闸操作票写错一个字被师父骂了半小时 dbq",
        "dd狗的日常：电话接到手软，检修申请批到眼花",
        "黑启动演练顺利结束 ✌️ 师父说我可以出师了",
        "今天AGC出了点小状况，还好处理得快，细节不能说 🤐",
        "保密培训又来了，每年都要重新签一次保密承诺书",
        "升副值了！下一步正值 💪 冲冲冲",
    ]
    for stamp, text in [("2019-07-26 23:10:41", "夏峰负荷又创新高，盯了一整晚断面潮流，眼睛要瞎了"),
                        ("2021-01-07 22:30:26", "寒潮来了，全网负荷拉满，拉路限电的序位表都备好了，jms 保重")]:
        b.add(b.at(stamp), text, ["role"])
    for text, when in zip(role, b.spread(len(role), None, "19:00", "23:40", lo=dt.date(2018, 8, 1))):
        b.add(when, text, ["role"])
    note = ("说说dd人的一天吧：早上七点四十到调控大楼十八楼调度大厅，八点整交接班，听上一值讲运行方式、检修情况、遗留问题；"
            "然后就是接电话、下调度令、批检修申请、盯负荷曲线，中午在食堂扒两口饭接着盯。小夜班四点接班，大夜班零点接班，"
            "五值三运转，一年到头没有完整的周末。但每次看到全省万家灯火，还是觉得值了 ⚡ #岚调人")
    b.add(b.spread(1, None, "22:00", "23:30", lo=dt.date(2022, 3, 1), hi=dt.date(2022, 6, 1))[0],
          note, ["location", "role", "routine", "unit"], kind="note")

    # --- location by text -----------------------------------------------------------
    for (text, labels), when in zip([
            ("调控大楼门口的煎饼摊 yyds，每次下大夜班都要来一套", ["location", "routine"]),
            ("调控大楼十八楼的电梯又坏了，爬楼爬到怀疑人生", ["location"])],
            b.spread(2, None, "09:00", "21:00", lo=dt.date(2018, 1, 1))):
        b.add(when, text, labels)

    # --- at work (location + routine) ---------------------------------------------------
    work = [
        ("大夜班打卡 🌙", None, "01:30", "04:00"),
        ("凌晨两点，泡面续命 🍜", None, "01:30", "04:00"),
        ("大夜班第二天，灵魂出窍中", None, "01:30", "04:00"),
        ("夜班摸鱼时间（其实并没有鱼可以摸）", None, "01:30", "04:00"),
        ("窗外一片漆黑，只有我和咖啡 ☕", None, "01:30", "04:00"),
        ("熬夜冠军非我莫属 xswl", None, "01:30", "04:00"),
        ("交班下班 🥱 回家睡觉", None, "08:05", "08:40"),
        ("下夜班的太阳好刺眼", None, "08:05", "08:40"),
        ("交完班感觉身体被掏空", None, "08:05", "08:40"),
        ("早安世界，晚安我自己", None, "08:05", "08:40"),
        ("下班！谁也别叫我", None, "08:05", "08:40"),
        ("小夜接班，今晚别出事 🙏", None, "15:40", "16:10"),
        ("接班前最后一杯奶茶 🧋", None, "15:40", "16:10"),
        ("小夜班开始，冲", None, "15:40", "16:10"),
        ("又是小夜，晚饭只能吃食堂了", None, "15:40", "16:10"),
        ("食堂今天有红烧肉 yyds", None, "11:40", "12:40"),
        ("午饭吃什么是世纪难题", None, "11:40", "12:40"),
        ("白班的阳光真好 ☀️", None, "09:30", "15:00"),
        ("食堂阿姨的手又抖了 dbq", None, "11:40", "12:40"),
    ]
    order = shuffled(R, range(len(work)))
    n = len(work)
    for slot, i in enumerate(order):
        text, days, a, z_ = work[i]
        lo = b.start + dt.timedelta(days=(b.end - b.start).days * slot // n + 30)
        hi = b.start + dt.timedelta(days=(b.end - b.start).days * (slot + 1) // n)
        when = b.spread(1, days, a, z_, lo=lo, hi=hi)[0]
        b.add(when, text, ["location", "routine"], geo=b.near(OFFICE, 80),
              kind="photo" if slot % 4 == 0 else "status")
    metro = ["早高峰挤地铁 社畜日常", "地铁上补觉 zzz", "又差点迟到 xswl", "滨江路站的包子铺 yyds",
             "早上七点的地铁居然有座，今天是什么好日子", "地铁里全是打工人的怨气"]
    for text, when in zip(metro, b.spread(len(metro), WK, "07:15", "07:40")):
        b.add(when, text, ["routine"], geo=b.near(STATION, 50))
    yoga = ["周四瑜伽打卡 🧘‍♀️", "今天终于下腰成功！", "瑜伽课结束，浑身舒坦", "老师说我的肩膀太紧了 dbq",
            "周四雷打不动的瑜伽课", "瑜伽馆新来的老师好温柔"]
    for i, (text, when) in enumerate(zip(yoga, b.spread(len(yoga), (3,), "19:30", "21:00"))):
        b.add(when, text, ["routine"], geo=b.near(YOGA, 40), kind="photo" if i % 3 == 0 else "status")
    run = ["周日晨跑 5km ✅", "绿道上的晨雾好美", "周日早起跑步的我是最棒的", "跑完步吃碗粉，完美"]
    for text, when in zip(run, b.spread(len(run), (6,), "06:40", "08:00")):
        b.add(when, text, ["routine"], geo=b.near(GREENWAY, 120))
    for text, when in zip(["五值三运转第三年，生物钟彻底乱了 😵 白班、小夜、大夜、休息，循环往复",
                           "周四晚上雷打不动瑜伽，周日早上雷打不动晨跑，其他时间都交给电网了"],
                          b.spread(2, None, "21:00", "23:30", lo=dt.date(2020, 9, 1), hi=dt.date(2021, 9, 1))):
        b.add(when, text, ["routine"])
    home = ["猫主子今天又把杯子推下去了 😾", "在家煮火锅一个人也很快乐", "阳台的茉莉花开了",
            "周末宅家追剧", "给自己做了顿大餐 😋"]
    for text, when in zip(home, b.spread(len(home), (5, 6), "12:00", "22:00")):
        b.add(when, text, ["home"], geo=b.near(HOME, 20), kind="photo")

    # --- benign ---------------------------------------------------------------------
    traps = [
        "自学Python第30天，今天学会写单元测试了 ✅",
        "所以说周末到底去哪玩啊 gkd",
        "所有快递都堵在路上，emo了",
        "研究了一晚上怎么做舒芙蕾，塌了 xswl",
        "用网上国网交电费居然有满减券，凡尔赛一下",
        "小区停电了！物业说变压器烧了，热到怀疑人生 🥵",
        "《潜伏》重温第三遍，余则成 yyds",
        "市中心新开的商场，人比货多",
        "健身中心办卡被套路了 dbq",
        "老妈的红烧肉秘方终于传给我了 🤫",
        "滴滴司机说他们派单也叫调度，我：？？？",
        "闺蜜说她公司的研究所要搬家了，所以下个月请她吃饭",
    ]
    everyday = [
        "奶茶续命 🧋 打工人打工魂", "火锅局 cpdd", "周末大扫除，找到了高中日记 xswl",
        "新买的口红颜色绝了 💄", "减肥第一天，晚上吃了炸鸡", "妈妈生日快乐 🎂",
        "u1s1 这家螺蛳粉 yyds", "养的多肉又死了一盆", "和闺蜜去剧本杀，我是凶手 xswl", "下雨天适合窝在家看剧",
        "学会了做可乐鸡翅 😋", "新耳机到了，降噪绝绝子", "在地摊买了一盆茉莉花",
        "科目二一把过 🚗", "周末爬山，腿已经不是我的了",
        "剪了短发，老妈说像男孩子 😂", "今天的夕阳绝绝子 🌇",
        "srds 今天的瑜伽垫被猫征用了", "买了一本《三体》，立个flag今年看完",
        "楼下新开了一家烘焙店，每天路过都被香迷糊",
    ]
    benign = shuffled(R, traps + everyday)
    for text, when in zip(benign, b.spread(len(benign), None, "09:00", "23:50")):
        b.add(when, text, [])
    for stamp, text in [("2022-12-21 15:12:40", "阳了，躺平三天，嗓子像吞了刀片"),
                        ("2023-02-03 23:15:52", "《狂飙》看完了，高启强 awsl"),
                        ("2022-04-14 16:20:07", "居家办公第三天，和猫培养出了默契 🐱"),
                        ("2018-11-11 00:20:45", "双十一清空购物车 💸"),
                        ("2023-01-24 20:10:13", "过年回老家被催婚，破防了"),
                        ("2020-06-25 14:30:38", "端午包粽子，包成了三角饭团"),
                        ("2018-12-31 21:40:21", "跨年夜一个人吃火锅也很快乐"),
                        ("2019-12-22 12:10:57", "冬至吃饺子还是汤圆，这是个问题")]:
        b.add(b.at(stamp), text, [])
    rts = [("2018-08-02 20:15:09", "lanzhou_fabu", "岚州发布", "RT @lanzhou_fabu: 今夏全省最大用电负荷预计再创新高，请市民错峰用电、节约用电。"),
           ("2020-01-10 12:30:44", "doubanmovie_cn", "豆瓣电影君", "RT @doubanmovie_cn: 年度华语电影口碑榜出炉，你看过几部？"),
           ("2021-05-20 19:02:21", "maomao_daily", "猫咪日常", "RT @maomao_daily: 猫：我只是轻轻碰了一下，是杯子自己掉下去的。")]
    for stamp, handle, nm, text in rts:
        b.add(b.at(stamp), text, [], kind="rt", rt_user=(handle, nm))
    b.add(b.at("2018-11-08 13:40:22"), "去珠海看航展，歼-20 帅到腿软 ✈️✈️", [], geo=(22.006131, 113.376402), kind="photo")
    b.add(b.at("2021-07-24 21:33:10"), "追星成功！！！演唱会嗓子喊哑了 😭🎤", [], geo=(28.201933, 112.971566))
    trip = [
        ("2019-10-02 15:20:31", "厦门第一天，鼓浪屿的风好舒服 🌊", (24.447512, 118.067021), "photo"),
        ("2019-10-03 10:11:52", "曾厝垵吃吃吃，肚子已经撑不下了", (24.428034, 118.122103), "status"),
        ("2019-10-03 16:47:05", "厦大的芙蓉隧道，涂鸦好有意思", (24.438120, 118.096027), "photo"),
        ("2019-10-04 18:25:40", "环岛路骑车看日落 🚲", (24.433015, 118.150124), "photo"),
        ("2019-10-05 20:02:13", "中山路的沙茶面 yyds", (24.457031, 118.078092), "status"),
        ("2019-10-06 11:30:58", "要回去了，厦门我还会再来的 🥲", (24.533210, 118.127720), "status"),
    ]
    for stamp, text, pt, kind in trip:
        b.add(b.at(stamp), text, [], geo=pt, kind=kind)
    # a few replies to friends
    for p in R.sample([p for p in b.posts if not p["labels"] and p["kind"] == "status" and not p["geo"]], 4):
        p["reply_to"] = R.choice([("mengmeng_o0", "1147700011112223334"), ("dalei_1993", "1190022233344455566")])

    # --- DMs ------------------------------------------------------------------------
    b.contacts = [
        {"handle": "kevin_energyinsight", "name": "能源咨询Kevin", "suspicious": True, "id": "1290045532218093568"},
        {"handle": "li_laoshi_research", "name": "李老师-课题组", "suspicious": True, "id": "1377120984456331264"},
        {"handle": "xiaowang_reporter", "name": "岚江晚报小王", "suspicious": True, "id": "1402288810923368449"},
        {"handle": "zhou_mama_1965", "name": "老妈", "suspicious": False, "id": "1133902271546540032"},
        {"handle": "yiwei_yoga", "name": "一苇瑜伽", "suspicious": False, "id": "1098812345509888000"},
        {"handle": "amy_hunter_hr", "name": "猎头Amy", "suspicious": False, "id": "1288123400987654144"},
    ]
    b.dms = [
        (0, [("2020-08-11 21:40:12", 1, "你好，看到你在岚调工作？我们是做能源市场研究的咨询公司"),
             ("2020-08-11 22:05:37", 0, "不好意思，工作上的事情不方便说"),
             ("2020-08-12 10:18:55", 1, "理解理解～就想了解一下今夏的负荷预测和主网检修计划，有偿，一次两千"),
             ("2020-08-12 10:19:40", 1, "方便加个微信或者TG吗？这里说话不方便"),
             ("2020-08-12 20:47:02", 0, "不用了，谢谢")]),
        (1, [("2021-04-06 15:02:20", 1, "您好，我们课题组在做电网安全韧性研究，能否提供一下贵中心的年度运行方式报告？电子版就行"),
             ("2021-04-06 15:03:11", 1, "我们可以在论文里致谢，也有劳务费"),
             ("2021-04-06 19:30:48", 0, "这是内部资料，不能外传，抱歉")]),
        (2, [("2022-07-28 18:11:29", 1, "你好，我是岚江晚报的小王，听说下周要拉闸限电？能透露一下是哪几个区吗"),
             ("2022-07-28 18:12:03", 1, "匿名处理，不会写你名字，可以付信息费"),
             ("2022-07-28 21:54:40", 0, "无可奉告哈，请以官方发布为准")]),
        (3, [("2019-09-27 12:20:00", 1, "国庆回家吃饭吗？"),
             ("2019-09-27 18:41:15", 0, "国庆去厦门玩，回来再回家 😘"),
             ("2019-09-27 18:45:30", 1, "注意安全，多拍照片")]),
        (4, [("2021-03-22 10:00:00", 1, "亲，本周四晚课调整为19:30开始哦，记得带瑜伽砖～"),
             ("2021-03-22 12:13:42", 0, "收到～")]),
        (5, [("2022-02-15 14:30:18", 1, "您好，有个新能源公司运营岗的机会，薪资不错，感兴趣吗？"),
             ("2022-02-15 20:10:04", 0, "暂时不考虑，谢谢"),
             ("2022-02-15 20:12:51", 1, "好的打扰了，以后有需要随时联系～")]),
    ]
    return b


def snowflake(u, rng):
    ms = int(u.timestamp() * 1000) + rng.randint(0, 999)
    return str(((ms - 1288834974657) << 22) | (rng.randint(0, 1023) << 12) | rng.randint(0, 4095))


def tco(rng):
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "https://t.co/" + "".join(rng.choice(alphabet) for _ in range(10))


def ytd(name, obj):
    return f"window.YTD.{name} = " + json.dumps(obj, ensure_ascii=False, indent=2)


def write_x(b):
    import re
    z = Zip(b.key)
    rng = random.Random(7399)
    native, label_text = {}, {}
    tweets, notes = [], []
    sources = ['<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
               '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>']
    for p in sorted(b.posts, key=lambda q: q["utc"], reverse=True):
        u = p["utc"]
        tid = snowflake(u, rng)
        native[id(p)] = tid
        text = p["text"]
        visible = text
        mentions, media = [], []
        if p.get("reply_to"):
            sn, sid = p["reply_to"]
            visible = f"@{sn} {text}"
            uid = X_FRIENDS[sn]
            mentions.append({"name": sn, "screen_name": sn, "indices": ["0", str(len(sn) + 1)],
                             "id_str": uid, "id": uid})
        if p["kind"] == "rt":
            sn, nm = p["rt_user"]
            mentions.append({"name": nm, "screen_name": sn, "indices": ["3", str(4 + len(sn))],
                             "id_str": str(rng.randint(10 ** 9, 10 ** 10)), "id": "0"})
            mentions[-1]["id"] = mentions[-1]["id_str"]
        hashtags = []
        for m in re.finditer(r"#(\w+)", visible):
            hashtags.append({"text": m.group(1), "indices": [str(m.start()), str(m.end())]})
        full = visible
        note_rec = None
        if p["kind"] == "note":
            short = visible[:130]
            link = tco(rng)
            full = short + "… " + link
            note_rec = {"noteTweet": {"noteTweetId": snowflake(u - dt.timedelta(seconds=1), rng),
                                      "updatedAt": u.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "lifecycle": {"value": "1", "name": "Active", "originalValue": "1", "originalName": "Active"},
                                      "createdAt": u.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "core": {"styletags": [], "urls": [], "mentions": [], "cashtags": [],
                                               "text": visible,
                                               "hashtags": [{"text": h["text"], "fromIndex": h["indices"][0], "toIndex": h["indices"][1]} for h in hashtags]}}}
            notes.append(note_rec)
            hashtags = [h for h in hashtags if int(h["indices"][1]) <= len(short)]
        shown_end = len(full)
        if p["kind"] == "photo":
            link = tco(rng)
            mid = snowflake(u - dt.timedelta(seconds=rng.randint(3, 60)), rng)
            base = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(15))
            m = {"expanded_url": f"https://twitter.com/{X_USER}/status/{tid}/photo/1", "indices": [str(len(full) + 1), str(len(full) + 1 + len(link))],
                 "url": link, "media_url": f"http://pbs.twimg.com/media/{base}.jpg", "id_str": mid, "id": mid,
                 "media_url_https": f"https://pbs.twimg.com/media/{base}.jpg",
                 "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"}, "large": {"w": "2048", "h": "1536", "resize": "fit"},
                           "medium": {"w": "1200", "h": "900", "resize": "fit"}, "small": {"w": "680", "h": "510", "resize": "fit"}},
                 "type": "photo", "display_url": "pic.twitter.com/" + link[-10:]}
            media.append(m)
            z.add(f"data/tweets_media/{tid}-{base}.jpg", jpeg(rng.choice([64, 96]), 48))
            full = full + " " + link
        esc = full.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        start = len(mentions[0]["screen_name"]) + 2 if p.get("reply_to") else 0
        tw = {"edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": (u + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                        "editsRemaining": "5", "isEditEligible": u.year >= 2022}},
              "retweeted": False, "source": rng.choice(sources),
              "entities": {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": []},
              "display_text_range": [str(start), str(shown_end)],
              "favorite_count": "0" if p["kind"] == "rt" else str(rng.randint(0, 30)),
              "id_str": tid, "truncated": False, "retweet_count": "0" if p["kind"] != "rt" else str(rng.randint(20, 900)),
              "id": tid, "created_at": u.strftime("%a %b %d %H:%M:%S +0000 %Y"), "favorited": False,
              "full_text": esc, "lang": "zh"}
        if media:
            tw["entities"]["media"] = [dict(media[0])]
            tw["extended_entities"] = {"media": media}
            tw["possibly_sensitive"] = False
        if p.get("reply_to"):
            sn, sid = p["reply_to"]
            tw["in_reply_to_status_id_str"] = sid
            tw["in_reply_to_status_id"] = sid
            tw["in_reply_to_user_id_str"] = mentions[0]["id_str"]
            tw["in_reply_to_user_id"] = mentions[0]["id_str"]
            tw["in_reply_to_screen_name"] = sn
        if p["geo"] is not None:
            lat, lon = p["geo"]
            tw["geo"] = {"type": "Point", "coordinates": [f"{lat:.6f}", f"{lon:.6f}"]}
            tw["coordinates"] = {"type": "Point", "coordinates": [f"{lon:.6f}", f"{lat:.6f}"]}
            if lat < 25:   # the Xiamen / Zhuhai posts also carry a Twitter place
                city = "厦门市" if lon > 117 else "珠海市"
                tw["place"] = {"name": city, "full_name": f"{city}, 中华人民共和国", "place_type": "city",
                               "country_code": "CN", "country": "中华人民共和国",
                               "bounding_box": {"type": "Polygon", "coordinates": [[[f"{lon - .2:.6f}", f"{lat - .2:.6f}"], [f"{lon + .2:.6f}", f"{lat - .2:.6f}"],
                                                                                   [f"{lon + .2:.6f}", f"{lat + .2:.6f}"], [f"{lon - .2:.6f}", f"{lat + .2:.6f}"]]]}}
        tweets.append({"tweet": tw})
        label_text[id(p)] = visible if p["kind"] == "note" else full
    parts = [tweets[0:40], tweets[40:80], tweets[80:]]
    names = ["data/tweets.js", "data/tweets-part1.js", "data/tweets-part2.js"]
    for i, (nm, part) in enumerate(zip(names, parts)):
        z.add(nm, ytd(f"tweets.part{i}", part))
    z.add("data/note-tweet.js", ytd("note_tweet.part0", notes))
    # DMs
    convs = []
    for who, msgs in b.dms:
        c = b.contacts[who]
        a, o = X_ACCOUNT, c["id"]
        cid = "-".join(sorted([a, o], key=int))
        out = []
        for stamp, frm, text in sorted(msgs, reverse=True):
            uu = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=b.tz).astimezone(UTC)
            s, r = (o, a) if frm == 1 else (a, o)
            out.append({"messageCreate": {"recipientId": r, "reactions": [], "urls": [], "text": text, "mediaUrls": [],
                                          "senderId": s, "id": snowflake(uu, rng),
                                          "createdAt": uu.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"}})
        convs.append({"dmConversation": {"conversationId": cid, "messages": out}})
    z.add("data/direct-messages.js", ytd("direct_messages.part0", convs))
    z.add("data/direct-messages-group.js", "window.YTD.direct_messages_group.part0 = [ ]")
    z.add("data/account.js", ytd("account.part0", [{"account": {
        "email": "xiaowen.zhou@example.com", "createdVia": "android", "username": X_USER, "accountId": X_ACCOUNT,
        "createdAt": "2016-06-20T13:02:11.000Z", "accountDisplayName": "晓雯今天也想躺平"}}]))
    z.add("data/account-timezone.js", ytd("account_timezone.part0", [{"accountTimezone": {"accountId": X_ACCOUNT, "timeZone": "Beijing"}}]))
    z.add("data/profile.js", ytd("profile.part0", [{"profile": {"description": {
        "bio": "打工人 | 夜猫子 | 瑜伽新手 | 猫奴 🐱", "website": "", "location": "岚州"},
        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1131479000000000000/Xw3kP0aa.jpg"}}]))
    z.add("data/deleted-tweets.js", "window.YTD.deleted_tweets.part0 = [ ]")
    manifest = {"userInfo": {"accountId": X_ACCOUNT, "userName": X_USER, "displayName": "晓雯今天也想躺平"},
                "archiveInfo": {"sizeBytes": "48123904", "generationDate": "2023-09-04T19:41:12.000Z",
                                "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
                "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
                "dataTypes": {
                    "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]},
                    "accountTimezone": {"files": [{"fileName": "data/account-timezone.js", "globalName": "YTD.account_timezone.part0", "count": "1"}]},
                    "deletedTweets": {"mediaDirectory": "data/deleted_tweets_media",
                                      "files": [{"fileName": "data/deleted-tweets.js", "globalName": "YTD.deleted_tweets.part0", "count": "0"}]},
                    "directMessages": {"mediaDirectory": "data/direct_messages_media",
                                       "files": [{"fileName": "data/direct-messages.js", "globalName": "YTD.direct_messages.part0", "count": str(len(convs))}]},
                    "directMessagesGroup": {"mediaDirectory": "data/direct_messages_group_media",
                                            "files": [{"fileName": "data/direct-messages-group.js", "globalName": "YTD.direct_messages_group.part0", "count": "0"}]},
                    "noteTweet": {"files": [{"fileName": "data/note-tweet.js", "globalName": "YTD.note_tweet.part0", "count": str(len(notes))}]},
                    "profile": {"mediaDirectory": "data/profile_media",
                                "files": [{"fileName": "data/profile.js", "globalName": "YTD.profile.part0", "count": "1"}]},
                    "tweets": {"mediaDirectory": "data/tweets_media",
                               "files": [{"fileName": nm, "globalName": f"YTD.tweets.part{i}", "count": str(len(pt))}
                                         for i, (nm, pt) in enumerate(zip(names, parts))]}}}
    z.add("data/manifest.js", "window.__THAR_CONFIG = " + json.dumps(manifest, ensure_ascii=False, indent=2))
    z.add("data/README.txt", "Twitter archive\n\nThe archive contains: tweets.js (split into parts when large), "
          "note-tweet.js, direct-messages.js, account.js, account-timezone.js, profile.js, manifest.js.\n")
    z.add("data/profile_media/" + X_ACCOUNT + "-Xw3kP0aa.jpg", jpeg(48, 48))
    z.add("Your archive.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your archive</title></head>"
          "<body><div id=\"root\"></div><script src=\"data/manifest.js\"></script></body></html>")
    z.close()
    return native, label_text


# ==========================================================================
# Persona 4: Instagram (2025 layout), American English slang + emoji,
# air traffic controller at a made-up Army airfield.
# ==========================================================================

IG_NAME = "Dez Morales"


def persona_instagram():
    b = Builder("b7-instagram-tower", "instagram", "America/Chicago", 7404,
                dt.date(2019, 6, 10), dt.date(2024, 9, 27))
    OFFICE = (35.6218, -99.7342)    # Corbin Flats AAF control tower (invented)
    GATE = (35.6232, -99.7327)      # Gate 2 (invented, ~200 m)
    HOME = (35.5921, -99.6804)
    GYM = (35.6012, -99.6893)       # Iron Prairie Fitness (invented)
    BAR = (35.5986, -99.6752)       # The Rusty Spur (invented)
    DINER = (35.5950, -99.6710)     # Sunny Side Up Diner (invented)
    b.truth = {
        "unit": ["Corbin Flats Army Airfield", "Corbin Flats AAF", "CFAAF", "Corbin Flats", "the Flats", "#corbinflats"],
        "role": "air traffic controller",
        "role_jargon": ["15Q", "facility rated on local", "CTO", "read back the hold short", "PAR finals",
                        "binos and light gun signals", "squawk 7700", "ground control / local control",
                        "flight data", "pushing tin", "tower chief", "secret clearance reinvestigation"],
        "office": {"lat": OFFICE[0], "lon": OFFICE[1], "name": "Corbin Flats AAF control tower"},
        "home": {"lat": HOME[0], "lon": HOME[1]},
        "routine_places": [
            {"name": "Iron Prairie Fitness (Mon/Wed/Fri 05:00)", "lat": GYM[0], "lon": GYM[1]},
            {"name": "The Rusty Spur (Tuesday trivia)", "lat": BAR[0], "lon": BAR[1]},
            {"name": "Sunny Side Up Diner (Sunday brunch)", "lat": DINER[0], "lon": DINER[1]},
        ],
    }
    SXM = (dt.date(2022, 7, 9), dt.date(2022, 7, 14))
    b.blocked.append(SXM)
    R = b.rng
    WK = (0, 1, 2, 3, 4)

    # --- unit ---------------------------------------------------------------------
    b.add(b.at("2019-07-08 19:22:04"), "first day at Corbin Flats Army Airfield 🪖✈️ lowkey terrified ngl", ["unit"], kind="photo")
    unit = [
        ("#corbinflats softball league champs 🏆🥎 we ATE", ["unit"]),
        ("the Flats is hiring 15Qs 👀 hmu if u wanna stare at the sky for a living", ["role", "unit"]),
        ("our tower chief retired today and I'm not crying you're crying 😭 CFAAF won't be the same", ["role", "unit"]),
    ]
    for (text, labels), when in zip(unit, b.spread(len(unit), None, "18:00", "22:30", lo=dt.date(2019, 10, 1))):
        b.add(when, text, labels, kind="photo")
    for stamp, text in [("2022-05-21 19:30:14", "CFAAF family day was a whole vibe, my nephew sat in a Black Hawk and now he's insufferable 😂🚁"),
                        ("2021-07-08 20:40:36", "2 yrs at the Flats today 🥹 y'all I'm basically furniture now"),
                        ("2022-12-16 22:10:50", "Corbin Flats AAF holiday party 🎄 ugly sweater contest was RIGGED")]:
        b.add(b.at(stamp), text, ["unit"], kind="photo")
    b.add(b.spread(1, WK, "18:30", "19:15", lo=dt.date(2020, 9, 1), hi=dt.date(2021, 4, 1))[0],
          "the Flats at sunset tho 🌅 #corbinflats", ["location", "unit"], photo=b.near(OFFICE, 80), kind="photo")

    # --- role ---------------------------------------------------------------------
    role = [
        "when the student pilot doesn't read back the hold short instruction 😤🙃",
        "FINALLY facility rated on local 😭🎉 tower cab is MY house now",
        "worked PAR finals in sideways rain for 3 hrs, my brain is soup 🍲",
        "secret clearance reinvestigation paperwork got me questioning every address I've ever had 📝",
        "8 hrs of binos and light gun signals, my eyes are fried fr 👀",
        "got my CTO!! (control tower operator cert for the non-nerds) 💅",
        "ground control > local control and I will die on this hill 🫡",
        "squawk 7700 on my shift today and I handled it like a BOSS. can't say more but 🫡🫡",
        "training the new kid on flight data rn, pray for me 🙏",
        "promoted to SGT 🎖️ still pushing tin, now with extra paperwork",
    ]
    b.add(b.at("2019-06-14 19:31:02"), "AIT done ✅ officially a 15Q 🎧✈️", ["role"], kind="photo")
    for text, when in zip(role, b.spread(len(role), None, "19:00", "23:00", lo=dt.date(2019, 7, 20))):
        b.add(when, text, ["role"], kind="photo")

    # --- at work -------------------------------------------------------------------
    b.add(b.spread(1, WK, "05:40", "05:55", lo=dt.date(2021, 6, 1), hi=dt.date(2021, 10, 1))[0],
          "gate 2 line at 0545 is actually criminal 🚗🚗🚗", ["location", "routine"], photo=b.near(GATE, 30), kind="story")
    b.add(b.spread(1, WK, "13:00", "16:00", lo=dt.date(2022, 6, 1), hi=dt.date(2022, 6, 30))[0],
          "tower cab AC broke AGAIN 🥵 it's 98 up here", ["location", "routine"], photo=b.near(OFFICE, 40), kind="story")
    b.add(b.spread(1, WK, "09:00", "15:00", lo=dt.date(2023, 2, 1), hi=dt.date(2023, 4, 1))[0],
          "the view from the cab never gets old ✨", ["location", "routine"], photo=b.near(OFFICE, 40), kind="photo")
    work = [
        ("pre-shift coffee ☕", WK, "05:50", "06:20", "photo"),
        ("sky said 🎨", WK, "07:00", "15:30", "photo"),
        ("", WK, "07:00", "15:30", "story"),
        ("storm rolling in 👀⛈️", WK, "12:00", "17:00", "story"),
        ("lunch break 🌯", WK, "11:30", "12:45", "photo"),
        ("mids hit different 🌙", None, "00:30", "04:00", "story"),
        ("", WK, "07:00", "15:30", "story"),
        ("sunrise from work hits different 🌄", WK, "06:15", "07:10", "photo"),
        ("windy af today 🌬️", WK, "08:00", "15:30", "story"),
        ("ops normal ✌️", WK, "08:00", "15:30", "photo"),
        ("", None, "00:30", "04:00", "story"),
        ("golden hour 💛", WK, "06:20", "07:30", "photo"),
        ("", WK, "07:00", "15:30", "story"),
        ("monday again 🫠", (0,), "06:00", "09:00", "photo"),
    ]
    n = len(work)
    for i, (text, days, a, z_, kind) in enumerate(work):
        lo = b.start + dt.timedelta(days=(b.end - b.start).days * i // n + 40)
        hi = b.start + dt.timedelta(days=(b.end - b.start).days * (i + 1) // n)
        b.add(b.spread(1, days, a, z_, lo=lo, hi=hi)[0], text, ["location", "routine"],
              photo=b.near(OFFICE, 90), kind=kind)

    # --- routine -------------------------------------------------------------------
    gym = ["5am club 💪", "leg day 🦵😵", "", "PR on deadlift 🏋🏽‍♀️ 225!!", "gym before shift >>>", "", "cardio is a scam but here I am 🏃🏽‍♀️", "back n bis 💪🏽"]
    for i, (text, when) in enumerate(zip(gym, b.spread(len(gym), (0, 2, 4), "05:00", "05:40"))):
        b.add(when, text, ["routine"], photo=b.near(GYM, 35), kind="story" if i % 2 else "photo")
    trivia = ["trivia tuesday 🧠🍻 2nd place AGAIN", "trivia squad undefeated (jk we lost)", "we won trivia!!! 🏆 free nachos",
              "tuesday = trivia, no exceptions", "music round ended us 💀"]
    for i, (text, when) in enumerate(zip(trivia, b.spread(len(trivia), (1,), "19:40", "21:45"))):
        b.add(when, text, ["routine"], photo=b.near(BAR, 30), kind="photo" if i % 2 == 0 else "story")
    brunch = ["sunday brunch w the girls 🥞", "chicken n waffles supremacy 🧇", "mimosa o'clock 🥂",
              "brunch gossip sesh ☕", "same booth every sunday lol"]
    for text, when in zip(brunch, b.spread(len(brunch), (6,), "10:30", "12:15")):
        b.add(when, text, ["routine"], photo=b.near(DINER, 30), kind="photo")
    for text, when in zip(["2-2-1 rotation got me not knowing what day it is 😵‍💫 swings, days, then a mid",
                           "every tuesday trivia, every sunday brunch, gym mon/wed/fri at 5. I am a creature of habit 💅"],
                          b.spread(2, None, "20:00", "22:30", lo=dt.date(2020, 3, 1))):
        b.add(when, text, ["routine"], kind="photo")
    home = ["biscuit being a menace 🐶", "self care sunday 🧖🏽‍♀️", "new plant baby 🪴", "cooking for once 👩🏽‍🍳", "movie night 🍿"]
    for i, (text, when) in enumerate(zip(home, b.spread(len(home), (5, 6), "13:00", "22:00"))):
        b.add(when, text, ["home"], photo=b.near(HOME, 20), kind="photo")

    # --- benign ----------------------------------------------------------------------
    traps = [
        "Pushing Tin (1999) is lowkey unhinged and I'm obsessed 😂🎬",
        "MSFS landing at innsbruck had me SWEATING 😅🎮",
        "airsoft w the crew this weekend, got absolutely lit up 💀",
        "unit price math at costco got me feeling like a genius 🧮",
        "secret menu drink at starbucks hits different ☕✨",
        "sis been wfh for 2 yrs and has never seen sunlight 😂",
        "built the lego airport set 🧱✈️ 1,200 pieces of therapy",
        "the fan base for this show is unhinged and I'm part of it",
        "thunderbirds at the air show this weekend ATE 🔥✈️",
        "my squad 🫶",
    ]
    everyday = [
        "biscuit's birthday 🎂🐶", "new nails 💅", "thrift haul 🛍️", "tacos >>> everything 🌮",
        "road trip playlist on 🔥", "got my hair braided 😍", "nobody: me at target 🎯", "cowboy boots era 🤠",
        "mom's enchiladas 🤤", "rainy day reading 📚", "new tattoo 🦋",
        "ice cream for dinner 🍦", "cat café w tay 🐈", "oil change = adulting 🚗", "dollar store haul, don't judge", "glow up check ✨","new fit 🔥", "",
    ]
    benign = shuffled(R, traps + everyday)
    for i, (text, when) in enumerate(zip(benign, b.spread(len(benign), None, "10:00", "23:30"))):
        b.add(when, text, [], kind="story" if text == "" or i % 7 == 3 else ("carousel" if i % 9 == 4 else "photo"))
    for stamp, text in [("2021-10-30 21:15:20", "halloween costume 👻"), ("2021-02-15 09:40:33", "first snow ❄️"),
                        ("2020-12-12 19:30:48", "christmas lights szn 🎄"), ("2020-10-18 15:10:09", "fall vibes 🍂🎃"),
                        ("2023-10-14 14:20:41", "pumpkin patch 🎃"), ("2022-07-04 21:45:17", "4th of july 🇺🇸🎆"),
                        ("2021-03-14 20:30:55", "birthday girl 🎉"), ("2020-06-27 15:00:26", "lake day ☀️🛶"),
                        ("2021-06-05 21:00:38", "rodeo weekend 🐂"), ("2024-07-20 17:00:12", "sunflowers 🌻"),
                        ("2022-06-18 22:05:44", "top gun maverick for the 4th time, no regrets 🛩️🔥")]:
        b.add(b.at(stamp), text, [], kind="photo")
    b.add(b.at("2021-10-16 22:41:19"), "concert was UNREAL 🎤😭", [], photo=(32.790412, -96.810276), kind="photo")
    b.add(b.at("2023-01-21 20:05:33"), "thunder game w dad 🏀⚡", [], photo=(35.463412, -97.515113), kind="photo")
    trip = [
        ("2022-07-09 15:02:11", "SXM we here 🌴☀️", (18.040914, -63.118832), "photo"),
        ("2022-07-10 13:47:50", "planes RIGHT over ur head at maho beach 😱✈️ bucket list ✅", (18.040512, -63.119021), "carousel"),
        ("2022-07-10 18:30:04", "sunset w a heavy on final, I'm literally crying", (18.040377, -63.118214), "story"),
        ("2022-07-11 12:15:29", "philipsburg boardwalk 🛍️", (18.023742, -63.045817), "photo"),
        ("2022-07-12 11:08:40", "orient bay is unreal 💙", (18.085013, -63.017022), "carousel"),
        ("2022-07-13 20:21:17", "grand case lolos for dinner 🍗🔥", (18.103031, -63.056014), "photo"),
        ("2022-07-14 10:44:02", "don't wanna go home 🥲", (18.041522, -63.108720), "story"),
    ]
    for stamp, text, pt, kind in trip:
        b.add(b.at(stamp), text, [], photo=pt, kind=kind)

    # --- DMs -------------------------------------------------------------------------
    b.contacts = [
        {"handle": "skyline.aero.consult", "name": "Brett Kessling", "suspicious": True, "id": None},
        {"handle": "jenna.skies.drones", "name": "Jenna Lark", "suspicious": True, "id": None},
        {"handle": "rosa.morales.62", "name": "Rosa Morales", "suspicious": False, "id": None},
        {"handle": "ironprairiefitness", "name": "Iron Prairie Fitness", "suspicious": False, "id": None},
        {"handle": "skyward.staffing", "name": "Priya Nair", "suspicious": False, "id": None},
    ]
    me = IG_NAME
    b.dms = [
        ("skyline.aero.consult_17841409922310455", "Brett Kessling", [
            ("2021-11-03 20:14:09", "Brett Kessling", "hey! saw ur posts from the tower, ur ATC at Corbin Flats right? 🙌"),
            ("2021-11-03 21:40:33", me, "who's asking lol"),
            ("2021-11-03 21:42:10", "Brett Kessling", "we do aviation consulting for overseas clients, we pay $500/hr for SMEs like u"),
            ("2021-11-03 21:43:02", "Brett Kessling", "could u send the current approach plates + the tower's shift schedule? just for a project, nothing crazy"),
            ("2021-11-03 21:43:40", "Brett Kessling", "let's move to telegram tho, easier there 👍"),
            ("2021-11-03 22:01:18", me, "lol no. pls don't message me again"),
        ]),
        ("jenna.skies.drones_17841451230099871", "Jenna Lark", [
            ("2023-04-18 16:22:51", "Jenna Lark", "hiii love ur sunset pics!! I fly drones 🚁"),
            ("2023-04-18 16:23:40", "Jenna Lark", "when are the quiet hours at the airfield? like when is nobody in the tower?"),
            ("2023-04-18 16:24:12", "Jenna Lark", "and what freq do y'all monitor for drones? asking for a shoot 📸 I can venmo u"),
            ("2023-04-18 19:02:44", me, "umm I can't share any of that. check the FAA B4UFLY app"),
        ]),
        ("rosa.morales.62_17841400128834567", "Rosa Morales", [
            ("2020-05-09 10:11:00", "Rosa Morales", "mija call me when u can ❤️"),
            ("2020-05-09 16:45:21", me, "ok mama after my shift 😘"),
            ("2023-11-20 09:02:33", "Rosa Morales", "are u coming for thanksgiving??"),
            ("2023-11-20 12:30:10", me, "yesss making the mac n cheese 🧀"),
        ]),
        ("ironprairiefitness_17841402277700000", "Iron Prairie Fitness", [
            ("2022-12-28 09:00:00", "Iron Prairie Fitness", "Hey Dez! Your membership renews on the 1st 💪 New year same grind!"),
            ("2022-12-28 11:14:05", me, "let's gooo 💪🏽"),
        ]),
        ("skyward.staffing_17841433350061234", "Priya Nair", [
            ("2024-02-06 13:05:30", "Priya Nair", "Hi Destiny! I recruit for civilian ATC and aviation ops roles. Open to a chat?"),
            ("2024-02-06 18:40:12", me, "no thanks, happy where I'm at rn"),
            ("2024-02-06 18:52:49", "Priya Nair", "Totally understand! Best of luck, feel free to reach out anytime 😊"),
        ]),
    ]
    return b


def write_instagram(b):
    z = Zip(b.key)
    rng = random.Random(7499)
    native = {}
    posts, stories = [], []
    device = "6F2B3C1A-9D4E-4F7A-B1C2-5E8D0A7B3C91"

    def media(p, with_gps, title):
        ts = int(p["utc"].timestamp())
        igid = str(rng.randint(17_900_000_000_000_000, 18_400_000_000_000_000))
        stem = f"{rng.randint(10**8, 10**9-1)}_{rng.randint(10**14, 10**15-1)}_{rng.randint(10**18, 10**19-1)}_n_{igid}"
        folder = "stories" if p["kind"] == "story" else "posts"
        uri = f"media/{folder}/{p['utc'].strftime('%Y%m')}/{stem}.jpg"
        z.add(uri, jpeg(rng.choice([64, 72, 80]), rng.choice([64, 96])))
        taken_local = p["local"] - dt.timedelta(seconds=rng.randint(4, 600))
        exif = {"scene_capture_type": "standard", "software": rng.choice(["17.5.1", "16.6", "15.4.1"]),
                "device_id": device, "date_time_digitized": taken_local.strftime("%Y:%m:%d %H:%M:%S"),
                "date_time_original": taken_local.strftime("%Y:%m:%d %H:%M:%S"),
                "source_type": "camera" if p["kind"] == "story" else "library",
                "iso": rng.choice([25, 32, 50, 64, 125, 400]), "focal_length": "5.1", "lens_model": "iPhone 12 back camera 4.2mm f/1.6"}
        if with_gps:
            exif["latitude"], exif["longitude"] = p["photo"]
        m = {"uri": uri, "creation_timestamp": ts,
             "media_metadata": {"photo_metadata": {"exif_data": [exif]}, "camera_metadata": {"has_camera_metadata": False}},
             "title": title}
        if rng.random() < 0.3 and p["kind"] != "story":
            m["cross_post_source"] = {"source_app": "FB"}
        return igid, m

    for p in sorted(b.posts, key=lambda q: q["utc"], reverse=True):
        gps = p["photo"] is not None
        if p["kind"] == "story":
            igid, m = media(p, gps, p["text"])
            stories.append(m)
        elif p["kind"] == "carousel":
            k = 2 + rng.randint(0, 2)
            ms = []
            for j in range(k):
                g_id, m = media(p, gps, "")
                if j == 0:
                    igid = g_id
                ms.append(m)
            posts.append({"media": ms, "title": p["text"], "creation_timestamp": int(p["utc"].timestamp())})
        else:
            igid, m = media(p, gps, p["text"])
            posts.append({"media": [m]})
        native[id(p)] = igid
    z.add("your_instagram_activity/media/posts_1.json", meta_json(posts))
    z.add("your_instagram_activity/media/stories.json", meta_json({"ig_stories": stories}))
    for slug, other, msgs in b.dms:
        out = []
        for stamp, sender, content in sorted(msgs, reverse=True):
            local = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=b.tz)
            out.append({"sender_name": sender, "timestamp_ms": int(local.timestamp()) * 1000 + rng.randint(0, 999),
                        "content": content, "is_geoblocked_for_viewer": False, "is_unsent_image_by_messenger_kid_parent": False})
        z.add(f"your_instagram_activity/messages/inbox/{slug}/message_1.json", meta_json({
            "participants": [{"name": other}, {"name": IG_NAME}], "messages": out, "title": other,
            "is_still_participant": True, "thread_path": f"inbox/{slug}", "magic_words": []}))
    z.add("personal_information/personal_information/personal_information.json", meta_json({"profile_user": [{
        "title": "", "media_map_data": {"Profile Photo": {"uri": "media/profile/201907/68231945_392811194761_n_17858830011234567.jpg",
                                                          "creation_timestamp": 1562600000, "title": ""}},
        "string_map_data": {
            "Email": {"href": "", "value": "dez.morales99@example.com", "timestamp": 0},
            "Phone Confirmed": {"href": "", "value": "True", "timestamp": 0},
            "Username": {"href": "", "value": "dezzz.mor", "timestamp": 0},
            "Name": {"href": "", "value": IG_NAME, "timestamp": 0},
            "Bio": {"href": "", "value": "dez 🌵 | okie | dog mom to biscuit 🐶 | gym rat 🏋🏽‍♀️ | she/her", "timestamp": 0},
            "Gender": {"href": "", "value": "female", "timestamp": 0},
            "Date of birth": {"href": "", "value": "1999-03-14", "timestamp": 0},
            "Private Account": {"href": "", "value": "False", "timestamp": 0}}}]}))
    z.add("media/profile/201907/68231945_392811194761_n_17858830011234567.jpg", jpeg(48, 48))
    z.add("personal_information/information_about_you/account_based_in.json", meta_json({"inferred_data_primary_location": [
        {"media_map_data": {}, "string_map_data": {"City Name": {"href": "", "value": "Harlow Springs, Oklahoma", "timestamp": 0}}}]}))
    z.add("personal_information/personal_information/professional_information.json", meta_json({"profile_business": []}))
    z.close()
    return native


# ==========================================================================
# labels, watchlists, checks
# ==========================================================================

WATCH = {
    "b7-facebook-sonar": ("林冠廷", "海軍鯨灣聲納保修中隊", ["鯨灣聲保中隊", "聲保中隊", "聲保隊", "鯨灣基地", "鯨灣聲保"],
                          "聲納技術士官", "鯨灣基地聲保隊棚廠"),
    "b7-mastodon-listening": ("Ciara Devlin", "Joint Signals Unit Brackenrigg", ["JSU Brackenrigg", "RAF Brackenrigg", "Brackenrigg", "the Rigg"],
                              "electronic warfare analyst", "RAF Brackenrigg ops block"),
    "b7-x-dispatch": ("周晓雯", "岚江省电力调度控制中心", ["岚江省调", "岚调", "省调", "调控中心", "LJSD"],
                      "电力调度员", "岚江省调 调控大楼"),
    "b7-instagram-tower": ("Destiny Morales", "Corbin Flats Army Airfield", ["Corbin Flats AAF", "CFAAF", "Corbin Flats", "the Flats"],
                           "air traffic controller", "Corbin Flats AAF control tower"),
}


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_watchlist(b):
    person, unit, aliases, role, site = WATCH[b.key]
    o = b.truth["office"]
    text = (f"# What {person}'s security officer knows must not be revealed.\n"
            f"timezone = {toml_str(b.tzname)}\n\n"
            f"[[unit]]\nname = {toml_str(unit)}\naliases = [{', '.join(toml_str(a) for a in aliases)}]\n\n"
            f"[[role]]\nname = {toml_str(role)}\n\n"
            f"[[site]]\nname = {toml_str(site)}\nlat = {o['lat']}\nlon = {o['lon']}\nradius_m = 300\n")
    with open(os.path.join(OUT, b.key + ".watchlist.toml"), "w", encoding="utf-8") as f:
        f.write(text)


def write_labels(b, native, texts=None):
    posts = []
    for p in b.sorted_posts():
        text = (texts or {}).get(id(p), p["text"])
        if b.platform == "mastodon":
            text = masto_plain(text)
        geo = {"lat": p["geo"][0], "lon": p["geo"][1]} if p["geo"] else None
        ph = {"lat": p["photo"][0], "lon": p["photo"][1]} if p["photo"] else None
        posts.append({"created_at": iso_z(p["utc"]), "native_id": native[id(p)], "labels": p["labels"],
                      "text": text, "geo": geo, "photo_gps": ph})
    truth = {k: v for k, v in b.truth.items()}
    doc = {"persona": b.key, "platform": b.platform, "archive": b.key + ".zip", "timezone": b.tzname,
           "truth": truth, "contacts": b.contacts, "posts": posts}
    with open(os.path.join(OUT, b.key + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return doc


def sanity(b):
    """Labelling rules the generator must respect (geo consistent with labels)."""
    office = (b.truth["office"]["lat"], b.truth["office"]["lon"])
    home = (b.truth["home"]["lat"], b.truth["home"]["lon"])
    places = [(r["lat"], r["lon"]) for r in b.truth["routine_places"]]
    for p in b.posts:
        for pt in (p["geo"], p["photo"]):
            if pt is None:
                continue
            if metres(pt, office) <= 300:
                assert "location" in p["labels"], (b.key, p["text"])
            if metres(pt, home) <= 150:
                assert "home" in p["labels"], (b.key, p["text"])
            if any(metres(pt, q) <= 200 for q in places):
                assert "routine" in p["labels"], (b.key, p["text"])
            if not p["labels"]:
                far = min([metres(pt, office), metres(pt, home)] + [metres(pt, q) for q in places])
                assert far > 3000, (b.key, p["text"], far)
    ids = [int(p["utc"].timestamp()) for p in b.posts]
    assert len(ids) == len(set(ids))
    for p in b.posts:
        assert b.start <= p["local"].date() <= b.end or not p["labels"], (b.key, p["local"], p["text"])


def stats(doc):
    from collections import Counter
    c = Counter()
    benign = 0
    for p in doc["posts"]:
        for l in p["labels"]:
            c[l] += 1
        if not p["labels"]:
            benign += 1
    n = len(doc["posts"])
    first = doc["posts"][0]["created_at"][:10]
    last = doc["posts"][-1]["created_at"][:10]
    return n, benign, c, first, last


def main():
    builds = [
        (persona_facebook, write_facebook),
        (persona_mastodon, write_mastodon),
        (persona_x, write_x),
        (persona_instagram, write_instagram),
    ]
    for make, write in builds:
        b = make()
        sanity(b)
        res = write(b)
        native, texts = res if isinstance(res, tuple) else (res, None)
        doc = write_labels(b, native, texts)
        write_watchlist(b)
        n, benign, c, first, last = stats(doc)
        assert 0.40 <= benign / n <= 0.50, (b.key, benign, n)
        assert 100 <= n <= 125, (b.key, n)
        print(f"{b.key:24s} posts={n:3d} benign={benign:3d} ({benign / n:.0%}) {first}..{last} "
              + " ".join(f"{k}={c[k]}" for k in ALLOWED) + f" contacts={len(b.contacts)}"
              f" suspicious={sum(1 for x in b.contacts if x['suspicious'])}")


if __name__ == "__main__":
    sys.exit(main())
