#!/usr/bin/env python3
"""Builds the blind6 evaluation personas (archives, labels, watchlists).

Deterministic: every random choice comes from random.Random(seed) per persona
and every zip entry carries the same fixed timestamp. Python 3 stdlib only.

    python3 generate.py          # writes KEY.zip, KEY.labels.json, KEY.watchlist.toml
"""
import csv
import html
import io
import json
import math
import os
import random
import re
import zipfile
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
ZIP_TIME = (2024, 11, 20, 9, 30, 0)
WEEKDAY_SETS = {"wk": {0, 1, 2, 3, 4}, "we": {5, 6}, "any": {0, 1, 2, 3, 4, 5, 6}}


# --------------------------------------------------------------------------- helpers

def S(labels, when, geo, text, **kw):
    """One post spec: labels ('' = benign), when, geo place key or None, text."""
    d = {"labels": sorted(labels.split()), "when": when, "geo": geo, "text": text}
    d.update(kw)
    return d


def tiny_jpeg(tag):
    """A valid 8x8 grey baseline JPEG; `tag` goes into a COM segment so files differ."""
    b = bytearray(b"\xff\xd8")
    b += b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    com = tag.encode("utf-8")[:200]
    b += b"\xff\xfe" + (len(com) + 2).to_bytes(2, "big") + com
    b += b"\xff\xdb\x00\x43\x00" + bytes([1] * 64)                       # quant table, all 1
    b += b"\xff\xc0\x00\x0b\x08\x00\x08\x00\x08\x01\x01\x11\x00"          # SOF0 8x8, 1 comp
    b += b"\xff\xc4\x00\x14\x00" + bytes([1] + [0] * 15) + b"\x00"        # DC table: cat 0 -> '0'
    b += b"\xff\xc4\x00\x14\x10" + bytes([1] + [0] * 15) + b"\x00"        # AC table: EOB -> '0'
    b += b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"                      # SOS
    b += b"\x3f"                                                          # bits '00' + padding
    b += b"\xff\xd9"
    return bytes(b)


def jitter(rng, lat, lon, metres):
    r = metres * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = r * math.cos(a) / 111_320
    dlon = r * math.sin(a) / (111_320 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def parse_when(when):
    # "wk@07:10-07:40", "024@19:30-21:00", "any@...", "at:2022-01-02 10:15"
    days, win = when.split("@")
    if days in WEEKDAY_SETS:
        dset = WEEKDAY_SETS[days]
    else:
        dset = {int(c) for c in days}
    a, b = win.split("-")
    h1, m1 = map(int, a.split(":"))
    h2, m2 = map(int, b.split(":"))
    return dset, h1 * 60 + m1, h2 * 60 + m2


class Persona:
    def __init__(self, key, platform, tz, seed, start, end, places, specs):
        self.key, self.platform, self.tzname = key, platform, tz
        self.tz = ZoneInfo(tz)
        self.rng = random.Random(seed)
        self.start, self.end = start, end
        self.places = places
        self.specs = specs

    def resolve(self):
        rng, used, posts = self.rng, set(), []
        span = (self.end - self.start).days
        for spec in self.specs:
            when = spec["when"] or "any@08:00-22:30"
            for _attempt in range(500):
                if when.startswith("at:"):
                    local = datetime.strptime(when[3:], "%Y-%m-%d %H:%M").replace(second=rng.randrange(60))
                else:
                    dset, lo, hi = parse_when(when)
                    while True:
                        d = self.start + timedelta(days=rng.randrange(span))
                        if d.weekday() in dset:
                            break
                    mins = lo + rng.randrange(max(1, hi - lo))
                    local = datetime(d.year, d.month, d.day, mins // 60, mins % 60, rng.randrange(60))
                aware = local.replace(tzinfo=self.tz)
                utc = aware.astimezone(timezone.utc)
                if utc not in used:
                    break
            used.add(utc)
            geo = None
            if spec["geo"]:
                lat, lon, rad = self.places[spec["geo"]][:3]
                geo = jitter(rng, lat, lon, rad)
            p = dict(spec)
            p.update(local=aware, utc=utc, coords=geo)
            posts.append(p)
        posts.sort(key=lambda p: p["utc"])
        return posts


def utc_iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_labels(persona, truth, contacts, label_posts):
    obj = {
        "persona": persona.key,
        "platform": persona.platform,
        "archive": persona.key + ".zip",
        "timezone": persona.tzname,
        "truth": truth,
        "contacts": contacts,
        "posts": label_posts,
    }
    with open(os.path.join(OUT, persona.key + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_watchlist(persona, who, wl):
    lines = [f"# What {who}'s security officer knows must not be revealed.",
             f"timezone = {toml_str(persona.tzname)}", ""]
    for u in wl["unit"]:
        lines += ["[[unit]]", f"name = {toml_str(u['name'])}",
                  "aliases = [" + ", ".join(toml_str(a) for a in u["aliases"]) + "]", ""]
    for r in wl["role"]:
        lines += ["[[role]]", f"name = {toml_str(r)}", ""]
    for s in wl["site"]:
        lines += ["[[site]]", f"name = {toml_str(s['name'])}", f"lat = {s['lat']}", f"lon = {s['lon']}",
                  f"radius_m = {s['radius_m']}", ""]
    with open(os.path.join(OUT, persona.key + ".watchlist.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip() + "\n")


def label_post(p, native_id, text, geo=None, photo_gps=None):
    return {
        "created_at": utc_iso(p["utc"]),
        "native_id": native_id,
        "labels": p["labels"],
        "text": text,
        "geo": None if geo is None else {"lat": geo[0], "lon": geo[1]},
        "photo_gps": None if photo_gps is None else {"lat": photo_gps[0], "lon": photo_gps[1]},
    }


def snowflake_twitter(utc, rng):
    ms = int(utc.timestamp() * 1000) + rng.randrange(1000)
    return ((ms - 1288834974657) << 22) | rng.randrange(1 << 22)


def snowflake_linkedin(utc, rng):
    ms = int(utc.timestamp() * 1000) + rng.randrange(1000)
    return (ms << 22) | rng.randrange(1 << 22)


def fb_mojibake(obj):
    """Meta's export encoding: each UTF-8 byte written as a \\u00XX escape."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [fb_mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {k: fb_mojibake(v) for k, v in obj.items()}
    return obj


def meta_json(obj):
    return json.dumps(fb_mojibake(obj), ensure_ascii=True, indent=2)


# =========================================================================== 1. Telegram
# 韩晓岚, antenna-servo technician at the invented 青岚山测控站 (satellite TT&C station).

T1_PLACES = {
    "work": (26.7312, 106.1047, 90),
    "gate": (26.7302, 106.1062, 15),
    "bus": (26.7562, 106.0705, 25),
    "badminton": (26.7617, 106.0593, 25),
    "home": (26.7581, 106.0652, 20),
    "xm_gly": (24.4475, 118.0660, 250),
    "xm_zca": (24.4308, 118.1355, 150),
    "xm_hdl": (24.4420, 118.1640, 300),
    "xm_air": (24.5440, 118.1280, 200),
}

T1_SPECS = [
    # ---- unit
    S("unit", "at:2020-09-07 18:40", None, "正式报到！从今天起就是青岚山测控站的一员了，山里空气真好 #青岚测控", chat="channel"),
    S("unit", None, None, "我们站今年被评为先进集体，站长请全站吃了顿火锅🍲", chat="channel"),
    S("unit", "at:2021-06-12 20:15", None, "青岚站建站二十周年站庆，老站长回来讲了当年在山上打地基的故事，听得我眼眶都湿了", chat="channel", kind="photo"),
    S("unit", None, None, "岚站食堂阿姨又出新菜了：酸汤鱼，绝了，下山都想打包", chat="channel"),
    S("unit", None, None, "青岚测控篮球队输给了县供电局，明年再战💪 #青岚测控", chat="channel"),
    S("unit", None, None, "站里组织去敬老院做志愿者，我们站的小伙子包饺子比我还快", chat="channel"),
    S("role unit", "at:2022-03-21 21:05", None, "青岚山测控站今年招测控设备技术员，电子、自动化专业的应届生有兴趣可以私聊我问问", chat="channel"),
    S("role unit", "at:2023-09-08 21:30", None, "在青岚站干了三年天线伺服，从学徒到能独立值班，谢谢师傅老周", chat="channel"),
    S("role unit", None, None, "零窗口发射，整个测控网都在等我们站第一个捕获，压力山大，好在一次锁定", chat="channel"),
    # ---- role
    S("role", None, None, "今天第一次独立跟完一个过境弧段，从捕获到失锁一气呵成，手心全是汗", chat="channel"),
    S("role", None, None, "S波段统一载波设备又报了一个告警，查了半天原来是低噪放供电的问题", chat="channel"),
    S("role", None, None, "天线俯仰电机换完了，晚上还要做跟踪精度标定，今晚别想早睡", chat="channel"),
    S("role", "at:2021-11-26 19:20", None, "无线电设备维修高级工证书到手✌️ 备考三个月没白熬", chat="channel", kind="photo"),
    S("role", None, None, "任务前联调连续三天，遥测下行、遥控上行全部打通，可以睡个好觉了", chat="channel"),
    S("role", None, None, "又签了一遍保密承诺书，进机房前手机一律锁柜子，已经习惯了", chat="channel"),
    S("role", "at:2022-05-16 21:40", None, "涉密岗位资格复审的政审材料交上去了，祈祷顺利", chat="channel"),
    S("role", "any@00:30-02:30", None, "夜里值守，轨道根数刚更新，凌晨三点还有一个弧段要跟，咖啡续上", chat="channel"),
    S("role", None, None, "馈源罩上结了冰，爬上去清理的时候腿都软了，这活真不适合恐高的人", chat="channel"),
    S("role", "at:2022-12-30 20:05", None, "评上二级技术员了，工资涨了三百，聊胜于无🙃", chat="channel"),
    S("role", None, None, "师傅说看频谱仪要像医生看心电图，现在我闭上眼睛都是瀑布图", chat="channel"),
    S("role", None, None, "今天给实习生讲角跟踪原理，讲着讲着发现自己也有一块没吃透", chat="channel"),
    S("role", None, None, "设备年检，三台高功放逐台测输出功率，数据一条一条填表，填到眼花", chat="channel"),
    S("role", "at:2023-04-10 22:10", None, "下个月去西安参加基带设备厂家的培训，终于能摸到新型号了", chat="channel"),
    S("role", None, None, "值班日志写了整整三页，一个晚上处理了四次遥控指令上行失败重发", chat="channel"),
    S("role", None, None, "天线失控应急处置演练，全程计时，我们组第一🏆", chat="channel"),
    S("role", None, None, "笔记：下行链路误码率低于1e-7才算合格，误码仪的接法别再搞反了", chat="saved"),
    # ---- location (text)
    S("location", None, None, "东门岗亭装了人脸识别门禁，早上排队进站快多了", chat="channel"),
    S("location", None, None, "3号天线座旁边的杜鹃花开了，全站最好看的角落🌸", chat="channel", kind="photo"),
    S("location", None, None, "机房二楼的窗户正对着主天线，加班时看它慢慢转，居然有点治愈", chat="channel"),
    S("location", "at:2022-08-13 15:20", "work", "", chat="channel", kind="loc"),   # Saturday, one-off overtime
    S("location", "at:2022-08-13 15:22", None, "周六也被叫回来加班，山上就我们几个", chat="channel"),
    # ---- location + routine: pins from the site in working hours
    S("location routine", "wk@09:30-17:30", "work", "", chat="channel", kind="loc"),
    S("location routine", "wk@09:30-17:30", "work", "", chat="channel", kind="loc"),
    S("location routine", "wk@09:30-17:30", "work", "", chat="channel", kind="loc"),
    S("location routine", "wk@11:30-13:00", "work", "", chat="channel", kind="loc"),
    S("location routine", "wk@11:30-13:00", "work", "", chat="channel", kind="loc"),
    S("location routine", "wk@13:30-17:30", "work", "", chat="channel", kind="loc"),
    S("location routine", "wk@07:50-08:20", "gate", "", chat="channel", kind="venue",
      place_name="东门岗亭", address="青岚山路1号"),
    S("location routine", "wk@07:50-08:20", "gate", "", chat="channel", kind="venue",
      place_name="东门岗亭", address="青岚山路1号"),
    # ---- routine
    S("routine", "wk@07:10-07:35", "bus", "", chat="channel", kind="loc"),
    S("routine", "wk@07:10-07:35", "bus", "", chat="channel", kind="loc"),
    S("routine", "wk@07:10-07:35", "bus", "", chat="channel", kind="loc"),
    S("routine", "wk@07:10-07:35", "bus", "", chat="channel", kind="venue", place_name="岚镇班车点", address="岚镇镇口"),
    S("routine", "wk@07:10-07:35", "bus", "", chat="channel", kind="venue", place_name="岚镇班车点", address="岚镇镇口"),
    S("routine", "wk@07:10-07:30", None, "等班车，七点二十那趟，又是我第一个到", chat="channel"),
    S("routine", "wk@07:10-07:30", None, "早上七点二十的班车上一车人都在补觉😴", chat="channel"),
    S("routine", "wk@07:10-07:30", None, "班车师傅今天放的还是那张老歌碟，一年了没换过", chat="channel"),
    S("routine", "2@19:30-21:00", "badminton", "", chat="channel", kind="venue", place_name="县体育馆羽毛球馆", address="岚镇文体路8号"),
    S("routine", "2@19:30-21:00", "badminton", "", chat="channel", kind="venue", place_name="县体育馆羽毛球馆", address="岚镇文体路8号"),
    S("routine", "2@19:30-21:00", "badminton", "", chat="channel", kind="loc"),
    S("routine", "2@19:30-21:00", "badminton", "", chat="channel", kind="loc"),
    S("routine", "2@20:30-21:30", None, "周三羽毛球雷打不动，今天赢了小周两局😎", chat="channel"),
    S("routine", "2@20:30-21:30", None, "每周三晚上的球局是我一周的精神支柱", chat="channel"),
    S("routine", "6@20:00-22:00", None, "下周排班：周二周四周六白班 8:00-20:00，周日夜班", chat="saved"),
    S("routine", "6@20:00-22:00", None, "排班：周一周三白班，周五夜班20:00-次日8:00，周六补休", chat="saved"),
    S("routine", "6@20:00-22:00", None, "本周：一三五白班，二四休，提醒自己周四去取快递", chat="saved"),
    S("routine", None, None, "做二休二的节奏已经刻进DNA了，今天休息第一天，睡到十点", chat="channel"),
    S("routine", "4@16:30-18:30", None, "每周五下午四点的班车下山，周末回市里看爸妈", chat="channel"),
    S("routine", "6@07:30-09:00", None, "周日早上例行去镇上赶集，买了一兜子折耳根", chat="channel"),
    # ---- home
    S("home", "any@20:00-23:00", "home", "", chat="channel", kind="loc"),
    S("home", "any@20:00-23:00", "home", "", chat="channel", kind="loc"),
    S("home", "any@19:00-22:30", "home", "", chat="channel", kind="loc"),
    S("home", "any@09:00-11:00", "home", "", chat="channel", kind="loc"),
    # ---- benign: traps
    S("", None, None, "《三体》看到红岸基地那段，那面大天线拍得太震撼了", chat="channel"),
    S("", None, None, "表哥在省科技馆航天展区当讲解员，今天带侄子去听他讲火箭，小家伙听得入迷", chat="channel"),
    S("", "any@20:30-22:00", None, "今晚用手机App看空间站过境，肉眼就能看见一个亮点划过去，好浪漫", chat="channel"),
    S("", None, None, "买了台入门天文望远镜，周末去山顶拍月亮🔭", chat="channel"),
    S("", None, None, "所以说，早睡早起真没那么难，难的是放下手机", chat="channel"),
    S("", None, None, "研究了一晚上酸菜鱼怎么做，结果还是外卖香", chat="channel"),
    S("", "we@15:00-19:00", None, "去市里星汇购物中心逛了一圈，人太多了，买了双鞋就撤", chat="channel"),
    S("", None, None, "我的秘密武器：老干妈拌一切", chat="channel"),
    S("", None, None, "朋友在县气象站上班，说今年雨水特别多，让我出门记得带伞", chat="channel"),
    S("", None, None, "高铁站打车回家居然要八十块，司机还不打表", chat="channel"),
    S("", None, None, "玩了一晚上《坎巴拉太空计划》，我的火箭又在发射台上炸了😂", chat="channel"),
    S("", None, None, "市民服务中心办社保卡，排了一个小时的队", chat="channel"),
    S("", None, None, "家里wifi信号太差，路由器该换了", chat="channel"),
    S("", None, None, "看了部老电影《至暗时刻》，演技太好了", chat="channel"),
    # ---- benign: ordinary life
    S("", None, None, "妈妈寄来的腊肉到了，香迷糊了", chat="channel", kind="photo"),
    S("", None, None, "今天学会了做折耳根拌黄瓜，味道很上头", chat="channel"),
    S("", None, None, "下雨天就适合窝着看书，《额尔古纳河右岸》看完了", chat="channel"),
    S("", None, None, "新买的羽毛球拍到了，蓝白配色好看", chat="channel"),
    S("", None, None, "山里的雾大到看不清对面的人，像仙境一样", chat="channel", kind="photo"),
    S("", "at:2021-11-11 22:40", None, "双十一只买了猫粮和洗衣液，成年人的克制", chat="channel"),
    S("", None, None, "小橘今天又把我的耳机线咬断了🐱", chat="channel", kind="photo"),
    S("", None, None, "第一次自己换灯泡，差点从椅子上摔下来", chat="channel"),
    S("", "at:2022-02-03 20:10", None, "过年回家，奶奶还是觉得我太瘦了", chat="channel"),
    S("", None, None, "学吉他第二个月，F和弦还是按不响", chat="channel"),
    S("", "any@18:30-20:00", None, "今天的晚霞是粉紫色的，拍照都不用滤镜", chat="channel", kind="photo"),
    S("", None, None, "感冒了三天，终于能闻到饭菜香了", chat="channel"),
    S("", None, None, "给爸妈订了体检套餐，他们嘴上说浪费，心里挺高兴", chat="channel"),
    S("", "at:2022-01-15 20:30", None, "煮了一锅红豆汤，冬天就要甜甜的", chat="channel"),
    S("", None, None, "最近在追《漫长的季节》，太好看了", chat="channel"),
    S("", "at:2023-06-22 19:30", None, "端午包粽子，我包的全散了，只能煮成一锅粥", chat="channel"),
    S("", None, None, "快递终于到了，等了整整十天", chat="channel"),
    S("", None, None, "今年的目标：体重减五斤，看完二十本书", chat="channel"),
    S("", None, None, "大学室友结婚，当了一回伴娘，高跟鞋要了我的命", chat="channel"),
    S("", None, None, "收到一箱脐橙，甜到齁", chat="channel"),
    S("", None, None, "手机换了新壳，小猫图案的", chat="channel"),
    S("", "any@22:30-23:59", None, "睡前刷到一个做饭视频，饿醒了", chat="channel"),
    S("", None, None, "读书笔记：人不能两次踏进同一条河流", chat="saved"),
    S("", None, None, "待办：交电费，给小橘买驱虫药，还图书馆的书", chat="saved"),
    S("", "at:2022-12-14 08:05", None, "今天下了第一场雪，整个镇子都白了❄️", chat="channel", kind="photo"),
    S("", "we@18:00-21:00", None, "周末包了一顿饺子，韭菜鸡蛋馅永远的神", chat="channel"),
    S("", None, None, "终于把驾照考下来了，科目二一把过！", chat="channel"),
    S("", "at:2021-12-28 07:05", None, "冬天的被窝是世界上最难离开的地方", chat="channel"),
    # ---- benign: one-off trip to Xiamen (real public places, holiday)
    S("", "at:2023-10-02 10:40", "xm_air", "", chat="channel", kind="loc"),
    S("", "at:2023-10-02 16:10", "xm_gly", "", chat="channel", kind="loc"),
    S("", "at:2023-10-02 16:14", None, "鼓浪屿的沙茶面名不虚传，排队半小时也值", chat="channel", kind="photo"),
    S("", "at:2023-10-03 11:25", "xm_zca", "", chat="channel", kind="venue", place_name="曾厝垵", address="厦门市思明区"),
    S("", "at:2023-10-03 18:05", "xm_hdl", "", chat="channel", kind="loc"),
    S("", "at:2023-10-04 09:30", None, "海边骑车吹风，假期就该这样过", chat="channel"),
]

T1_OWNER = {"user_id": 5087312264, "first_name": "晓岚", "last_name": "韩",
            "phone_number": "+86 130 0000 4417", "username": "lan_shanjian",
            "bio": "山里看星星的人 | 羽毛球 | 猫奴"}
T1_CHANNEL = {"id": 1893305517, "name": "岚的山间日常"}

T1_DMS = [
    {"id": 6120943378, "name": "陈总 星途咨询", "first": "陈总", "last": "星途咨询", "phone": "+852 5000 7781",
     "suspicious": True, "handle": "陈总 星途咨询",
     "msgs": [
         ("them", "2022-11-03 21:14", "您好韩工，冒昧打扰，我们是做商业航天咨询的，看到您频道里的一些分享，很专业"),
         ("them", "2022-11-03 21:15", "想请教一下贵站现在用的是哪一代的基带设备，还有任务值班大概怎么排的"),
         ("me", "2022-11-04 08:02", "不好意思，工作上的事不方便聊"),
         ("them", "2022-11-10 22:31", "理解理解，我们是正规公司，可以按小时付咨询费，两千一小时，不涉及任何敏感内容"),
         ("them", "2022-11-10 22:32", "这边说话不太方便，您加一下我的Signal或者WhatsApp？号码发您"),
         ("them", "2022-11-18 20:47", "如果方便的话，拍一下站里的设备铭牌和排班表也可以，报酬另算"),
         ("me", "2022-11-18 21:10", "请不要再联系我了，我会向单位保卫部门报告"),
     ]},
    {"id": 5230017764, "name": "妈妈", "first": "妈妈", "last": "", "phone": "+86 130 0000 1186",
     "suspicious": False, "handle": "妈妈",
     "msgs": [
         ("them", "2021-01-30 19:02", "过年几号回来？你爸说去车站接你"),
         ("me", "2021-01-30 19:20", "初二晚上到，不用接，我打车"),
         ("them", "2021-01-30 19:21", "那给你炖好汤等着"),
         ("them", "2022-06-18 12:10", "最近天热，山里晚上还冷不冷，多穿点"),
         ("me", "2022-06-18 12:45", "晚上还要盖被子，放心吧"),
         ("them", "2023-09-29 20:33", "国庆去厦门注意安全，到了发个消息"),
         ("me", "2023-09-29 20:40", "好的妈，到了就发"),
     ]},
    {"id": 5398021145, "name": "小周", "first": "小周", "last": "", "phone": "+86 130 0000 6620",
     "suspicious": False, "handle": "小周",
     "msgs": [
         ("them", "2021-05-11 18:05", "明天老地方打球？我带新球"),
         ("me", "2021-05-11 18:30", "好，七点半见"),
         ("them", "2022-04-19 17:50", "这周三我加班，去不了了，下周补上"),
         ("me", "2022-04-19 18:02", "行，那我找老李打"),
         ("them", "2023-07-04 21:15", "上次你那个杀球太狠了，教教我"),
         ("me", "2023-07-04 21:20", "多练手腕，周三教你"),
     ]},
]


def tg_text(text):
    """Telegram's `text` (string or mixed array) and `text_entities` for a message."""
    if not text:
        return "", []
    parts = re.split(r"(#[^\s#]+)", text)
    arr, ents = [], []
    for part in parts:
        if not part:
            continue
        if part.startswith("#") and len(part) > 1:
            arr.append({"type": "hashtag", "text": part})
            ents.append({"type": "hashtag", "text": part})
        else:
            arr.append(part)
            ents.append({"type": "plain", "text": part})
    if len(arr) == 1 and isinstance(arr[0], str):
        return arr[0], ents
    return arr, ents


def build_telegram():
    p = Persona("b6-telegram-tracking", "telegram", "Asia/Shanghai", 61001,
                date(2020, 9, 9), date(2023, 12, 20), T1_PLACES, T1_SPECS)
    posts = p.resolve()
    root = "DataExport_2024-01-15/"
    files, labels = [], []
    chan_msgs, saved_msgs = [], []
    chan_id_next, saved_id_next, photo_n = 2, 1, 0
    chan_msgs.append({"id": 1, "type": "service", "date": "2020-09-07T18:31:02", "date_unixtime": str(int(
        datetime(2020, 9, 7, 18, 31, 2, tzinfo=p.tz).timestamp())), "actor": T1_CHANNEL["name"],
        "actor_id": "channel%d" % T1_CHANNEL["id"], "action": "create_channel", "title": T1_CHANNEL["name"],
        "text": "", "text_entities": []})
    for post in posts:
        local = post["local"]
        m = {}
        if post.get("chat") == "saved":
            m["id"] = 100 + saved_id_next * 7
            saved_id_next += 1
        else:
            m["id"] = chan_id_next
            chan_id_next += 1
        m["type"] = "message"
        m["date"] = local.strftime("%Y-%m-%dT%H:%M:%S")
        m["date_unixtime"] = str(int(post["utc"].timestamp()))
        if post.get("chat") == "saved":
            m["from"] = T1_OWNER["last_name"] + T1_OWNER["first_name"]
            m["from_id"] = "user%d" % T1_OWNER["user_id"]
        else:
            m["from"] = T1_CHANNEL["name"]
            m["from_id"] = "channel%d" % T1_CHANNEL["id"]
        if p.rng.random() < 0.08 and post["text"]:
            ed = post["utc"] + timedelta(minutes=p.rng.randrange(2, 40))
            m["edited"] = ed.astimezone(p.tz).strftime("%Y-%m-%dT%H:%M:%S")
            m["edited_unixtime"] = str(int(ed.timestamp()))
        kind = post.get("kind", "text")
        chat_dir = "chats/chat_01/" if post.get("chat") != "saved" else "chats/chat_02/"
        if kind == "photo":
            photo_n += 1
            fname = "photos/photo_%d@%s.jpg" % (photo_n, local.strftime("%d-%m-%Y_%H-%M-%S"))
            m["photo"] = chat_dir + fname
            m["width"], m["height"] = 1280, 960
            files.append((root + chat_dir + fname, tiny_jpeg("t1-%d" % photo_n)))
        elif kind == "loc":
            m["location_information"] = {"latitude": post["coords"][0], "longitude": post["coords"][1]}
        elif kind == "venue":
            m["place_name"] = post["place_name"]
            m["address"] = post["address"]
            m["location_information"] = {"latitude": post["coords"][0], "longitude": post["coords"][1]}
        m["text"], m["text_entities"] = tg_text(post["text"])
        if post.get("chat") == "saved":
            saved_msgs.append(m)
            nid = "saved/%d" % m["id"]
        else:
            chan_msgs.append(m)
            nid = "channel%d/%d" % (T1_CHANNEL["id"], m["id"])
        labels.append(label_post(post, nid, post["text"], geo=post["coords"]))

    chats = [
        {"name": T1_CHANNEL["name"], "type": "private_channel", "id": T1_CHANNEL["id"], "messages": chan_msgs},
        {"type": "saved_messages", "id": T1_OWNER["user_id"], "messages": saved_msgs},
    ]
    contacts_list, contacts = [], []
    dm_id = 40000
    for dm in T1_DMS:
        msgs = []
        for who, when, text in dm["msgs"]:
            dm_id += p.rng.randrange(3, 60)
            local = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=p.rng.randrange(60), tzinfo=p.tz)
            me = who == "me"
            msgs.append({"id": dm_id, "type": "message", "date": local.strftime("%Y-%m-%dT%H:%M:%S"),
                         "date_unixtime": str(int(local.timestamp())),
                         "from": (T1_OWNER["last_name"] + T1_OWNER["first_name"]) if me else dm["name"],
                         "from_id": "user%d" % (T1_OWNER["user_id"] if me else dm["id"]),
                         "text": text, "text_entities": [{"type": "plain", "text": text}]})
        chats.append({"name": dm["name"], "type": "personal_chat", "id": dm["id"], "messages": msgs})
        contacts.append({"handle": dm["handle"], "name": dm["name"], "suspicious": dm["suspicious"],
                         "id": str(dm["id"])})
        if not dm["suspicious"]:
            added = datetime(2020, 10, 1, 12, 0, tzinfo=p.tz) + timedelta(days=p.rng.randrange(200))
            contacts_list.append({"user_id": dm["id"], "first_name": dm["first"], "last_name": dm["last"],
                                  "phone_number": dm["phone"], "date": added.strftime("%Y-%m-%dT%H:%M:%S"),
                                  "date_unixtime": str(int(added.timestamp()))})
    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data, "
                 "and it doesn't use your data for ad targeting.",
        "personal_information": {**T1_OWNER, "about": "This page shows your personal information."},
        "contacts": {"about": "If you allow access, Telegram continuously synchronizes your contacts.",
                     "list": contacts_list},
        "frequent_contacts": {"about": "This page shows the people you message most often.", "list": []},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
        "left_chats": {"about": "This page lists all supergroups and channels you've left.", "list": []},
    }
    result["personal_information"] = {k: result["personal_information"][k] for k in
                                      ("about", "user_id", "first_name", "last_name", "phone_number",
                                       "username", "bio")}
    files.insert(0, (root + "result.json", json.dumps(result, ensure_ascii=False, indent=1)))
    write_zip(os.path.join(OUT, p.key + ".zip"), files)
    truth = {
        "unit": ["青岚山测控站", "青岚站", "青岚测控", "岚站"],
        "role": "测控设备技术员",
        "office": {"lat": 26.7312, "lon": 106.1047, "name": "青岚山测控站主天线区"},
        "home": {"lat": 26.7581, "lon": 106.0652},
        "routine_places": [{"name": "岚镇班车点", "lat": 26.7562, "lon": 106.0705},
                           {"name": "县体育馆羽毛球馆", "lat": 26.7617, "lon": 106.0593}],
    }
    write_labels(p, truth, contacts, labels)
    write_watchlist(p, "韩晓岚", {
        "unit": [{"name": "青岚山测控站", "aliases": ["青岚站", "青岚测控"]}],
        "role": ["测控技术员"],
        "site": [{"name": "青岚山测控站", "lat": 26.7312, "lon": 106.1047, "radius_m": 300}],
    })
    return p, labels


# =========================================================================== 2. LinkedIn
# Agnieszka Wrona, key-management engineer at the invented Special Communications Agency, Warsaw.

L2_PLACES = {}

L2_SPECS = [
    # ---- unit
    S("unit", "at:2021-03-18 17:40", None, "Two years at the Special Communications Agency this week. Grateful for a team that takes both security and cake seriously."),
    S("role unit", "at:2021-09-14 10:05", None, "#SCAcareers We're hiring! The Special Communications Agency is looking for PKI and HSM engineers in Warsaw.\nRequirements: Polish citizenship and the ability to obtain a national security clearance.\nDM me if you want to know what the work is really like."),
    S("unit", None, None, "Proud of our agency's team for taking second place at the national cyber exercise. Agencja Łączności Specjalnej represent 🇵🇱"),
    S("unit", None, None, "ALS family picnic today. The kids' favourite thing was a bouncy castle shaped like a padlock."),
    S("role unit", None, None, "Spoke at a university career day on behalf of SCA about why cryptography in public service is worth the lower salary. Three students asked about key management, which made my day."),
    S("unit", None, None, "Nothing beats pierogi Friday in the Agency canteen. Small perks of public service."),
    S("unit", None, None, "Security awareness week at SCA: this year's phishing simulation caught a director. Respect to whoever wrote that email. #SCAcareers"),
    S("unit", "at:2024-03-19 18:10", None, "Five years at the Agency today. Still learning something every week."),
    # ---- role
    S("role", None, None, "Key ceremony today: 3-of-5 quorum, two custodians, one very slow smartcard reader. Root CA re-keyed without drama."),
    S("role", None, None, "Passed the FIPS 140-3 module validation course. Now I understand why the lab asks for *that* many documents."),
    S("role", None, None, "Dual control and split knowledge are not bureaucracy. They are the reason one bad day cannot become a catastrophe."),
    S("role", "at:2022-07-01 16:20", None, "Some news: I've been promoted to Senior Key Management Engineer. Still the person who knows where the HSM manuals are kept."),
    S("role", "at:2022-02-08 19:35", None, "Security clearance renewal interview done. Five years of my life, summarised in forty pages."),
    S("role", None, None, "Spent the week migrating KEKs to new HSM partitions. If your key hierarchy diagram fits on one slide, you are lying."),
    S("role", None, None, "Three things I learned from our first KMIP rollout:\n1. Naming conventions matter more than algorithms\n2. Test key rotation before you need it\n3. Zeroisation procedures need rehearsals, not PDFs"),
    S("role", None, None, "Cryptoperiods: the boring spreadsheet that quietly protects an entire network."),
    S("role", None, None, "Finished the COMSEC custodian course. Yes, there is an exam about envelopes."),
    S("role", None, None, "Offline root CA, air-gapped laptop, tamper-evident bags, two witnesses. The most analogue part of a very digital job."),
    S("role", None, None, "Wrote our internal guidance on PKCS#11 session handling. 14 pages, 3 diagrams, 0 jokes (the reviewers removed them)."),
    S("role", "at:2023-05-26 15:45", None, "Certified: ISC2 CISSP ✅ Next objective: sleep."),
    S("role", None, None, "Rekeying the crypto fill devices for the regional links this week, so if I don't answer messages, that's why."),
    S("role", None, None, "Incident review today: an expired intermediate certificate took down a monitoring dashboard for forty minutes. CRL and OCSP monitoring is now my favourite topic."),
    S("role", None, None, "Post-quantum migration planning, lesson one: inventory first, algorithms second. You cannot migrate keys you don't know you have."),
    S("role", None, None, "Walked two new custodians through their first key ceremony. Steady hands, good checklists, proud mentor."),
    S("role", "wk@02:30-03:10", None, "HSM firmware upgrade window done by 02:40. Backups verified, coffee cold, going home."),
    # ---- location (text only; LinkedIn has no coordinates)
    S("location", "wk@08:10-08:50", None, "New badge readers at Gate 2 on Kwarcowa Street. This morning the queue went all the way back to the tram stop."),
    S("location role", None, None, "The key ceremony room in the basement of Building C finally has working air conditioning. Custodians rejoice."),
    S("location", "at:2021-12-09 07:35", None, "Sunrise over the Mokotów campus car park. Worth arriving early for."),
    S("location", None, None, "The lifts in Building C are out again, so today's step count is sponsored by the fourth floor."),
    S("location routine", "wk@08:20-09:00", None, "Parking on Kwarcowa is hopeless after 8:15, so I'm on the bike every day now."),
    S("location unit", None, None, "Blood donation bus outside our HQ at Kwarcowa 7 today. 43 donors! 🩸"),
    S("location", None, None, "The canteen on the ground floor of Building A now does vegan żurek. The Mokotów campus is evolving."),
    S("location", None, None, "Fire drill at 10:00: nine hundred of us on the lawn between Buildings B and C. Good way to meet people from other departments."),
    # ---- routine
    S("routine", "13@07:14-07:40", None, "Commute read on the 07:12 from Sosnówka: a long piece on why password rules are the way they are."),
    S("routine", "13@07:14-07:40", None, "Commute read on the 07:12: 'The Pragmatic Programmer', chapter on broken windows. Still holds up."),
    S("routine", "13@07:14-07:40", None, "07:12 train, seat by the window, 'Thinking in Systems'. Best 35 minutes of my day."),
    S("routine", "13@07:14-07:40", None, "Commute read: an essay on maintenance culture. Also the 07:12 was on time, which deserves a post of its own."),
    S("routine", "13@07:14-07:40", None, "Commute read on the usual 07:12: a paper on memory-safe languages in embedded systems."),
    S("routine", "13@07:14-07:40", None, "Same train, same carriage, same coffee. Today's commute read: 'Atomic Habits' (yes, I know)."),
    S("routine", "13@07:14-07:40", None, "Commute read on the 07:12 from Sosnówka: a history of the one-time pad. The conductor now recognises me."),
    S("routine", "0@08:00-09:30", None, "On-call week again (every fourth week, Monday to Monday). Laptop, phone, token, and no wine."),
    S("routine", "0@08:00-09:30", None, "Starting my on-call week. Four-week rota, so see you all in a month, social life."),
    S("routine", "0@08:00-09:30", None, "On-call rota says it's my week. Gym bag stays in the car, phone stays on the pillow."),
    S("routine", "5@09:40-10:40", None, "Zielony Jar parkrun #112 done in 24:10. Saturday mornings sorted."),
    S("routine", "5@09:40-10:40", None, "Saturday parkrun at Zielony Jar, 23:48, new PB!"),
    S("routine", "5@09:40-10:40", None, "Rainy parkrun at Zielony Jar this morning, 25:30 and very muddy shoes."),
    S("routine", "5@09:40-10:40", None, "Volunteered as tail walker at Zielony Jar parkrun this Saturday instead of running. Highly recommend."),
    S("routine", "2@12:10-13:20", None, "Wednesday lunch swim: 1.5 km in the pool round the corner from the office. Afternoon brain fully rebooted."),
    S("routine", "2@12:10-13:20", None, "Midweek lunchtime swim, as every Wednesday. The lifeguard and I are on first-name terms."),
    S("routine", "2@12:10-13:20", None, "Wednesday 12:15 lane swim. Non-negotiable calendar block."),
    S("role routine", "6@19:00-21:30", None, "Key ceremonies are always Monday 08:00 sharp, so Sunday evening is for ironing the 'ceremony shirt'."),
    S("routine", None, None, "Three months into the compressed week: Monday to Thursday 07:30–16:30, Fridays off. I'm a convert."),
    S("routine", "4@16:20-17:00", None, "Every Friday I take the 16:05 home and read a paper book. No screens until Sosnówka."),
    S("routine", "4@16:20-17:00", None, "The Friday 16:05 is the best train of the week. Everyone on it is smiling."),
    # ---- benign: traps
    S("", None, None, "Watched The Imitation Game again with my niece. I still cry at the ending."),
    S("", None, None, "My sister just started as a penetration tester at a bank. Proud of her: she breaks things for a living now."),
    S("", None, None, "Key takeaways from a weekend leadership workshop: listen more, interrupt less, write things down."),
    S("", None, None, "Writing unit tests for my hobby Rust project. 100% coverage on a 40-line program, very proud."),
    S("", None, None, "The secret sauce of good teams is boring: clear roles, kind feedback, and lunch together."),
    S("", "we@14:00-20:00", None, "Weekend CTF with university friends: we solved two of the crypto challenges and failed spectacularly at everything else."),
    S("", "at:2023-08-16 15:30", None, "Holiday stop at Bletchley Park. Standing in Hut 8 was surreal."),
    S("", None, None, "Dad was a radio operator on merchant ships. Morse code at the dinner table was normal in our house."),
    S("", None, None, "Reading 'The Code Book' with my 14-year-old niece. She now writes her diary in a Caesar cipher."),
    S("", None, None, "Base64 is an encoding, not encryption. Please stop telling your clients otherwise."),
    S("", None, None, "Just finished the Darknet Diaries episode about the Enigma replica collectors. Great storytelling."),
    S("", None, None, "Station coffee at 6 a.m. is a completely different drink from office coffee at 10."),
    S("", None, None, "Our housing co-op elected me to the board. Apparently spreadsheets make you electable."),
    # ---- benign: ordinary professional / life
    S("", None, None, "Congratulations to my former classmate Paweł on defending his PhD today! Doctor Paweł sounds right."),
    S("", None, None, "Hot take: most meetings would be better as a well-written document."),
    S("", "at:2022-04-10 14:20", None, "Ran my first half marathon today. 2:04:51 and a lot of gratitude for the volunteers handing out oranges."),
    S("", None, None, "Book recommendation: 'The Phoenix Project'. Painfully accurate."),
    S("", None, None, "Mentoring is a two-way street. I learn as much from my mentees as they do from me."),
    S("", "5@16:00-20:00", None, "Spent Saturday helping at the animal shelter. Came home with fur everywhere and no new dog. Yet."),
    S("", None, None, "Conference season is here. My advice: bring a water bottle and talk to the quiet person at the coffee station."),
    S("", "at:2022-03-08 09:20", None, "Happy International Women's Day to every woman in tech who was ever the only one in the room. 💜"),
    S("", None, None, "Twelve years ago today I wrote my first line of code: a Pascal program that printed my cat's name 100 times."),
    S("", None, None, "Reminder: your password manager is only as good as your master password."),
    S("", None, None, "Grateful to my old university maths teacher, who retired this week after 40 years."),
    S("", None, None, "Tried to explain what a hash function is to my grandmother using pierogi. It went surprisingly well."),
    S("", None, None, "If you're job hunting right now: you are not your rejection emails. Keep going."),
    S("", None, None, "Learning Spanish on my lunch breaks. Month three: I can order coffee and apologise."),
    S("", None, None, "AI will not replace engineers, but engineers who write good documentation might replace those who don't."),
    S("", None, None, "Finished a 30-day no-social-media challenge. Except LinkedIn, apparently."),
    S("", None, None, "Home office upgrade: a proper chair. My back sends its thanks."),
    S("", None, None, "Open-source maintainers deserve more thanks than they get. Sponsored two projects today."),
    S("", "at:2022-10-16 15:40", None, "Warsaw in autumn is criminally underrated. 🍂"),
    S("", "at:2023-12-23 17:05", None, "Christmas markets, grzaniec, and a very patient husband carrying the shopping. Happy holidays, everyone!"),
    S("", None, None, "A good error message is an act of kindness."),
    S("", None, None, "Congrats to Kasia on her new role as engineering manager! The team is lucky."),
    S("", None, None, "Throwback to the hackathon where we built a plant-watering robot that mostly watered the floor."),
    S("", None, None, "Started a book club with friends: first pick is 'Project Hail Mary'."),
    S("", "at:2023-10-02 08:45", None, "Cybersecurity Awareness Month tip #1: update your router's firmware. Yes, that one in the cupboard."),
    S("", None, None, "Bought a 1980s typewriter at a flea market. It's heavier than my first laptop."),
    S("", None, None, "Impostor syndrome check-in: still there, still wrong."),
    S("", None, None, "Delighted to be a guest on a student podcast about careers in STEM. Link in comments."),
    S("", "at:2024-01-01 13:10", None, "Happy New Year! My resolution: fewer tabs open, more walks."),
    S("", "at:2024-05-11 09:15", None, "Saw the Northern Lights from Poland last night. Nature showing off."),
    S("", None, None, "Donated my old laptops to a school coding club. Wiped, of course. Twice."),
]

# Comments.csv rows (also labelled as posts): (labels, when, text)
L2_COMMENTS = [
    S("", None, None, "Congratulations, well deserved!"),
    S("", None, None, "Great write-up, thanks for sharing."),
    S("role", None, None, "As a key custodian I can confirm the envelope exam is real and harder than it sounds."),
    S("", None, None, "This is so true. Documentation is a gift to your future self."),
    S("unit", None, None, "We'd love to have you at SCA, the recruitment team is very friendly."),
    S("", None, None, "Happy to help, send me a message."),
    S("", None, None, "Love this! My niece would enjoy it too."),
    S("routine", "13@07:14-07:40", None, "Reading this on my usual 07:12 train, perfect timing."),
]

L2_MSGS = [
    {"name": "Marek Sobański", "slug": "marek-sobanski-7a31c2", "suspicious": True,
     "title": "Consulting opportunity",
     "msgs": [
         ("them", "2022-10-04 18:22", "Hello Agnieszka, I advise a European security vendor on public-sector tenders. Your background in HSMs and PKI is exactly what we need."),
         ("them", "2022-10-04 18:23", "We pay 500 EUR per hour for short advisory calls. Mostly general questions: which HSM models your agency runs, how often you re-key, how the key ceremonies are organised."),
         ("me", "2022-10-05 07:40", "Thank you, but I can't discuss anything about my employer's systems."),
         ("them", "2022-10-11 20:05", "Of course, nothing classified. Maybe we continue on Signal or WhatsApp? LinkedIn is not very private. I can also pay in advance."),
         ("them", "2022-10-19 21:17", "Even a copy of an old procedure document would be useful, we would never reveal the source."),
         ("me", "2022-10-19 21:30", "No. Please do not contact me again. I've reported this conversation."),
     ]},
    {"name": "Julia Nowacka", "slug": "julia-nowacka-recruits", "suspicious": False,
     "title": "PKI role at a fintech",
     "msgs": [
         ("them", "2023-02-13 10:02", "Hi Agnieszka, I'm recruiting for a Senior PKI Engineer at a Warsaw fintech, hybrid, great package. Would you be open to a chat?"),
         ("me", "2023-02-13 12:30", "Thanks Julia, I'm happy where I am for now."),
         ("them", "2023-02-13 12:41", "Understood! I'll keep you in mind for the future. Have a great week."),
     ]},
    {"name": "Paweł Zieliński", "slug": "pawel-zielinski-phd", "suspicious": False,
     "title": "",
     "msgs": [
         ("them", "2021-11-25 21:10", "Thanks for the kind words about the defence! Beer next week to celebrate?"),
         ("me", "2021-11-25 21:25", "Absolutely, Thursday?"),
         ("them", "2021-11-25 21:26", "Thursday works. The usual place near the old faculty building."),
         ("them", "2023-06-02 17:45", "Are you coming to the alumni barbecue in June?"),
         ("me", "2023-06-02 18:03", "Yes, with the whole family."),
     ]},
]


def li_commentary(text):
    """LinkedIn's newer export wraps every inner line of multi-line commentary in stray quotes."""
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    return '"\n"'.join(lines)


def csv_text(header, rows, preamble=""):
    buf = io.StringIO()
    buf.write(preamble)
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def build_linkedin():
    p = Persona("b6-linkedin-keymgmt", "linkedin", "Europe/Warsaw", 62002,
                date(2021, 3, 22), date(2024, 10, 25), L2_PLACES, L2_SPECS + [dict(c, comment=True) for c in L2_COMMENTS])
    posts = p.resolve()
    shares, comments, labels = [], [], []
    for post in posts:
        utc = post["utc"]
        stamp = utc.strftime("%Y-%m-%d %H:%M:%S")
        nid = snowflake_linkedin(utc, p.rng)
        if post.get("comment"):
            parent = snowflake_linkedin(utc - timedelta(hours=p.rng.randrange(1, 30)), p.rng)
            comments.append([stamp, "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A" + str(parent),
                             post["text"]])
            labels.append(label_post(post, "comment:%d:%s" % (parent, utc.strftime("%Y%m%d%H%M%S")), post["text"]))
            continue
        kind = "share" if p.rng.random() < 0.7 else "activity"
        link = "https://www.linkedin.com/feed/update/urn%3Ali%3A" + kind + "%3A" + str(nid)
        shared = ""
        if "Link in comments" in post["text"] or p.rng.random() < 0.1:
            shared = "https://lnkd.in/" + "".join(p.rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(7))
        media = ""
        if p.rng.random() < 0.15:
            media = "https://media.licdn.com/dms/image/D4D22AQ%s/feedshare-shrink_2048_1536/0/%d" % (
                "".join(p.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789") for _ in range(12)),
                int(utc.timestamp() * 1000))
        vis = "MEMBER_NETWORK" if p.rng.random() < 0.85 else "CONNECTIONS_ONLY"
        shares.append([stamp, link, li_commentary(post["text"]), shared, media, vis])
        labels.append(label_post(post, str(nid), post["text"]))
    shares.reverse()      # newest first, as exported
    comments.reverse()
    files = []
    files.append(("Profile.csv", csv_text(
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
         "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        [["Agnieszka", "Wrona", "", "", "Apr 11",
          "Senior Key Management Engineer | PKI • HSM • Key Ceremonies",
          "Cryptography engineer in public service. I look after keys so other people can sleep at night.\n"
          "Interests: PKI, HSMs, post-quantum migration, mentoring women in security.",
          "Government Administration", "", "Warsaw, Mazowieckie, Poland", "[]", "", ""]])))
    files.append(("Positions.csv", csv_text(
        ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
        [["Special Communications Agency", "Senior Key Management Engineer",
          "• Key ceremonies and custodian training\n• HSM lifecycle, KMIP and PKCS#11 integration\n• Post-quantum migration planning",
          "Warsaw, Mazowieckie, Poland", "Jul 2022", ""],
         ["Special Communications Agency", "Key Management Engineer", "• PKI operations\n• Root CA re-keying",
          "Warsaw, Mazowieckie, Poland", "Mar 2019", "Jul 2022"],
         ["Vistula Commerce Bank ", "PKI Engineer", "Certificate lifecycle management for internal services.",
          "Warsaw, Poland", "Sep 2015", "Feb 2019"],
         ["Vistula Commerce Bank ", "IT Security Intern", "", "Warsaw, Poland", "2014", "Aug 2015"]])))
    files.append(("Education.csv", csv_text(
        ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
        [["Warsaw Polytechnic Institute", "2010", "2015", "", "MSc, Applied Mathematics", "Chess club, CTF team"]])))
    files.append(("Skills.csv", csv_text(["Name"], [["Public Key Infrastructure (PKI)"], ["Hardware Security Modules"],
                                                   ["Cryptography"], ["KMIP"], ["Python"], ["Risk Management"],
                                                   ["Mentoring"]])))
    files.append(("Languages.csv", csv_text(["Name", "Proficiency"],
                                            [["Polish", "Native or bilingual proficiency"],
                                             ["English", "Full professional proficiency"],
                                             ["Spanish", "Elementary proficiency"]])))
    files.append(("Shares.csv", csv_text(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
                                         shares)))
    files.append(("Comments.csv", csv_text(["Date", "Link", "Message"], comments)))
    conns = [["Tomasz", "Lis", "https://www.linkedin.com/in/tomasz-lis-3c91a0", "", "Special Communications Agency",
              "PKI Team Lead", "14 Mar 2019"],
             ["Kasia", "Dąbrowska", "https://www.linkedin.com/in/kasia-dabrowska-em", "", "Orbita Software",
              "Engineering Manager", "02 Jun 2017"],
             ["Paweł", "Zieliński", "https://www.linkedin.com/in/pawel-zielinski-phd", "", "Warsaw Polytechnic Institute",
              "Assistant Professor", "19 Oct 2012"],
             ["Julia", "Nowacka", "https://www.linkedin.com/in/julia-nowacka-recruits", "", "TalentBridge",
              "Senior Tech Recruiter", "13 Feb 2023"],
             ["Marek", "Sobański", "https://www.linkedin.com/in/marek-sobanski-7a31c2", "", "Independent",
              "Public Sector Advisor", "04 Oct 2022"]]
    files.append(("Connections.csv", csv_text(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"], conns,
        preamble='Notes:\n"When exporting your connection data, you may notice that some of the email addresses are '
                 'missing. You will only see email addresses for connections who have allowed their connections to see '
                 'or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. '
                 'You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n')))
    rows, contacts = [], []
    me_name, me_url = "Agnieszka Wrona", "https://www.linkedin.com/in/agnieszka-wrona-pki"
    for dm in L2_MSGS:
        conv = "2-" + "".join(p.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                              for _ in range(40)) + "=="
        their_url = "https://www.linkedin.com/in/" + dm["slug"]
        for who, when, text in reversed(dm["msgs"]):
            local = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=p.rng.randrange(60), tzinfo=p.tz)
            utc = local.astimezone(timezone.utc)
            if who == "me":
                frm, furl, to, turl = me_name, me_url, dm["name"], their_url
            else:
                frm, furl, to, turl = dm["name"], their_url, me_name, me_url
            rows.append([conv, dm["title"], frm, furl, to, turl, utc.strftime("%Y-%m-%d %H:%M:%S UTC"), "", text,
                         "INBOX"])
        contacts.append({"handle": dm["slug"], "name": dm["name"], "suspicious": dm["suspicious"], "id": their_url})
    files.append(("messages.csv", csv_text(
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS",
         "DATE", "SUBJECT", "CONTENT", "FOLDER"], rows)))
    write_zip(os.path.join(OUT, p.key + ".zip"), files)
    truth = {
        "unit": ["Special Communications Agency", "SCA", "Agencja Łączności Specjalnej", "ALS"],
        "role": "cryptographic key management engineer",
        "office": {"lat": 52.1787, "lon": 21.0047, "name": "SCA headquarters, Building C, ul. Kwarcowa 7, Warsaw"},
        "home": {"lat": 52.0668, "lon": 21.0512},
        "routine_places": [{"name": "Sosnówka railway halt (07:12 train)", "lat": 52.0702, "lon": 21.0455},
                           {"name": "Zielony Jar parkrun", "lat": 52.0811, "lon": 21.0290},
                           {"name": "pool near the office (Wednesday lunch)", "lat": 52.1771, "lon": 21.0081}],
    }
    write_labels(p, truth, contacts, labels)
    write_watchlist(p, "Agnieszka Wrona", {
        "unit": [{"name": "Special Communications Agency", "aliases": ["SCA", "Agencja Łączności Specjalnej", "ALS"]}],
        "role": ["key management engineer"],
        "site": [{"name": "SCA headquarters, ul. Kwarcowa 7", "lat": 52.1787, "lon": 21.0047, "radius_m": 300}],
    })
    return p, labels

# =========================================================================== 3. X / Twitter
# 麥嘉朗 (Kelvin Mak), licensed helicopter engineer at the invented 港灣空中支援隊 (HASU), Hong Kong.

X3_PLACES = {
    "work": (22.3098, 114.2205, 80),
    "cafe": (22.3188, 114.2105, 20),
    "pool": (22.3122, 114.2638, 25),
    "dimsum": (22.3152, 114.2545, 20),
    "home": (22.3070, 114.2597, 20),
    "spot": (22.2905, 113.8980, 120),
    "oka_air": (26.2060, 127.6510, 200),
    "oka_shuri": (26.2170, 127.7195, 150),
    "oka_kokusai": (26.2150, 127.6870, 200),
    "oka_aqua": (26.6944, 127.8779, 200),
}

X3_SPECS = [
    # ---- unit
    S("unit", "at:2020-01-13 19:40", None, "今日正式加入港灣空中支援隊，開心到瞓唔著 ✈️ #HASU"),
    S("unit", None, None, "我哋隊開放日好多細路，個個都想坐上直升機影相，排到成條龍"),
    S("unit", "at:2021-11-06 23:10", None, "HASU 25週年晚宴，隊長講到喊 🥹 #HASU"),
    S("unit", None, None, "空支隊飯堂今日有咖喱魚蛋，值得一讚 👍"),
    S("unit", None, None, "Harbour Air Support Unit 籃球隊今晚贏咗，好耐冇咁爽 🏀"),
    S("unit", None, None, "我哋隊嘅行山組今個月行完第二段，隊長行到最後都要人扶"),
    S("role unit", "at:2021-08-20 21:15", None, "港灣空中支援隊請緊飛機工程師，有 B1 牌或者讀緊 HKAR-66 嘅可以 PM 我"),
    S("role unit", "at:2023-01-16 22:05", None, "入咗空支隊三年，由 trainee 做到簽得 CRS，多謝師傅同成班 HASU 手足 🙏"),
    # ---- role
    S("role", None, None, "今日做 100 小時檢查，尾槳齒輪箱換油換到成手油"),
    S("role", None, None, "Rotor track & balance 搞咗成個下晝，終於壓到 0.2 ips 以下 ✅"),
    S("role", "at:2020-11-27 20:30", None, "HKAR-66 B1 module 全部考過晒！離攞牌又近一步"),
    S("role", "any@03:00-04:30", None, "夜更 AOG，hoist cable 要即刻換，搞到凌晨三點先收工"),
    S("role", None, None, "Borescope 睇引擎入面，師傅話要好似醫生睇胃鏡咁細心"),
    S("role", None, None, "Tech log 寫錯一個字都要重寫，簽名簽到手軟"),
    S("role", "at:2022-03-09 21:50", None, "Security vetting 又到期要續，張表填到懷疑人生"),
    S("role", "at:2022-09-30 18:45", None, "H175 type course 完成！終於可以喺呢隻機度簽放 🚁"),
    S("role", None, None, "FOD walk 執到一粒螺絲，成隊人停晒手搵出處，呢啲就係安全文化"),
    S("role", "at:2023-02-24 21:00", None, "升咗做 licensed engineer，人工加咗少少，責任加咗好多"),
    S("role", None, None, "NVG 兼容燈改裝做咗成個禮拜，夜間搜救用得著就值"),
    S("role", None, None, "今日教新仔點樣畫 torque stripe，佢畫到好似抽象畫咁"),
    S("role", None, None, "MEL 冇得放行嘅 defect 最頭痛，成隊人等零件等到天光"),
    S("role", "any@07:00-08:30", None, "Night shift handover 寫到好詳細，下一更嘅同事唔使估估下"),
    S("role", None, None, "Human factors refresher training, revisiting the Dirty Dozen. Complacency is the one that gets you."),
    S("role", None, None, "颱風前要將啲機全部推入機庫綁實，八號風球都唔得閒"),
    S("role", None, None, "Engine ground run 做完，戴住耳罩都覺得耳仔嗡嗡聲"),
    # ---- location (text, or a one-off geotag off shift)
    S("location", None, None, "機庫B門口隻貓又嚟討食 🐈 我哋叫佢做「機長」"),
    S("location", None, None, "北閘保安換咗新系統，入閘要拍卡再按指紋，朝早排到出馬路"),
    S("location", "at:2022-06-19 10:30", "work", "放假都要返嚟考試 😩"),
    # ---- location + routine (geotagged at the hangar during day shifts)
    S("location routine", "any@08:30-18:30", "work", "食飯先 🍱"),
    S("location routine", "any@08:30-18:30", "work", "今日熱到溶 🥵"),
    S("location routine", "any@08:30-18:30", "work", "雨落到好似倒水咁"),
    S("location routine", "any@18:00-19:15", "work", "收工前嘅日落 🌅"),
    S("location routine", "any@08:30-18:30", "work", "coffee break ☕"),
    S("location routine", "any@08:30-18:30", "work", "又係忙碌嘅一日"),
    S("location routine", "any@08:30-18:30", "work", "停機坪嘅風大到企唔穩"),
    S("location routine", "any@08:30-18:30", "work", "2號停機坪望出去個海好靚，今日能見度一流"),
    S("location routine", "any@12:00-14:00", "work", "午飯後一杯凍檸茶，續命"),
    # ---- routine
    S("routine", "any@06:55-07:20", "cafe", "奶茶走甜 ☕"),
    S("routine", "any@06:55-07:20", "cafe", "照舊：火腿通粉加炒蛋"),
    S("routine", "any@06:55-07:20", "cafe", "早餐B餐，老闆已經識我"),
    S("routine", "any@06:55-07:20", "cafe", "凍奶茶先醒到"),
    S("routine", "any@06:55-07:20", "cafe", "今朝個多士燶咗少少"),
    S("routine", "any@06:55-07:20", "cafe", "返工前嘅儀式感"),
    S("routine", "2@20:00-21:00", "pool", "星期三例行游水 1.5K 🏊"),
    S("routine", "2@20:00-21:00", "pool", "游完水成個人輕咗"),
    S("routine", "2@20:00-21:00", "pool", "今晚泳池得返我一個"),
    S("routine", "2@18:00-19:30", None, "每個星期三晚都會去游水，唔使返夜更嘅話"),
    S("routine", "6@09:30-11:00", "dimsum", "星期日照例同阿媽飲茶"),
    S("routine", "6@09:30-11:00", "dimsum", "蝦餃燒賣鳳爪，飲茶三寶"),
    S("routine", "6@09:30-11:00", "dimsum", "阿媽又叫我搵女朋友 🙄"),
    S("routine", "any@17:00-18:30", None, "我哋嘅更份：兩日、兩夜、休四日，今晚係第一個夜更"),
    S("routine", "any@10:00-13:00", None, "又到四日休息，第一日一定瞓到晏晝"),
    S("routine", "any@17:30-18:30", None, "夜更 19:30 開工，六點半就要出門口"),
    S("routine", "any@06:00-06:30", None, "日更 07:30 打卡，六點起身，冬天真係好難"),
    S("routine", "any@06:35-06:55", None, "坐 06:35 嗰班巴士，日日都係同一班人"),
    S("routine", "any@06:35-06:55", None, "06:35 巴士上面個個都瞓晒"),
    # ---- home
    S("home", "any@20:30-23:30", "home", "今晚煮咗個番茄炒蛋，好有成就感"),
    S("home", "any@20:30-23:30", "home", "Netflix and 薯片"),
    S("home", "any@10:00-12:00", "home", "終於執好間房"),
    S("home", "any@20:30-23:30", "home", "落大雨，唔出街喇"),
    # ---- benign: traps
    S("", None, None, "睇咗個單位，四百呎要七百萬，唔使諗啦"),
    S("", None, None, "換咗部新機，影相勁咗好多 📱"),
    S("", None, None, "Top Gun: Maverick 睇咗第三次，仲係好熱血"),
    S("", None, None, "表哥喺航空公司做機師，今日佢生日，祝佢飛得安安全全 🎂"),
    S("", "at:2021-12-05 15:20", "spot", "第一次去影飛機，A350 起飛嗰下好震撼 📸"),
    S("", None, None, "新買咗部遙控直升機，第一次飛就撞樹 😂"),
    S("", None, None, "搶唔到演唱會飛，心碎"),
    S("", None, None, "我嘅秘密武器：阿媽煲嘅老火湯"),
    S("", None, None, "Microsoft Flight Simulator 玩咗成晚，降落又 crash"),
    S("", None, None, "觀塘站人多到爆，唔好再喺呢個時間出街"),
    S("", None, None, "姪仔用 Lego 砌咗個太空基地，比我仲叻"),
    S("", None, None, "朋友喺機場做地勤，話今個暑假忙到冇停過"),
    S("", None, None, "The secret sauce of a good 絲襪奶茶 is patience."),
    # ---- benign: ordinary life
    S("", None, None, "Tom & Jerry 重溫，細個睇同而家睇感覺完全唔同"),
    S("", None, None, "今日行咗兩萬步，腳板好痛"),
    S("", None, None, "屋企部雪櫃壞咗，成雪櫃嘢食要即刻食晒"),
    S("", None, None, "Finally finished Breaking Bad. What a ride."),
    S("", None, None, "樓下新開咗間拉麵舖，湯底好濃"),
    S("", "at:2021-05-08 21:00", None, "細佬考完 DSE，一家人出去食飯慶祝"),
    S("", "at:2020-08-19 14:10", None, "颱風天，留喺屋企打機"),
    S("", "at:2021-01-08 22:30", None, "天氣凍到要開暖爐，香港真係好少見"),
    S("", None, None, "買咗盆琴葉榕，希望唔好又養死"),
    S("", None, None, "今日喺街市買咗條好靚嘅魚，清蒸一流"),
    S("", None, None, "Coffee > sleep, every time."),
    S("", None, None, "阿媽生日，一家人去食海鮮"),
    S("", "at:2022-01-20 20:45", None, "打咗第三針，手臂痛到舉唔起"),
    S("", "at:2022-01-01 00:12", None, "新年快樂！今年要儲多啲錢"),
    S("", "we@15:00-20:00", None, "Weekend hike done, legs are jelly."),
    S("", None, None, "個電腦又藍畫面，係時候換機"),
    S("", None, None, "睇咗場足球，輸咗都開心"),
    S("", None, None, "整咗個芝士蛋糕，第一次整都唔錯"),
    S("", None, None, "有冇人推介好睇嘅韓劇？"),
    S("", None, None, "今日終於學識游蝶式"),
    S("", None, None, "搬屋執嘢執到發現細個嘅日記，好核突"),
    S("", None, None, "落完雨個天好藍"),
    S("", None, None, "老友結婚，做兄弟做到腰骨痛"),
    S("", "at:2023-01-23 21:40", None, "Lunar New Year 逗利是，今年收咗好多"),
    S("", None, None, "一個人去睇戲其實好舒服"),
    S("", None, None, "試咗間新嘅 cafe，鬆餅一流"),
    S("", "any@08:05-10:00", None, "隔籬屋又裝修，朝早八點就開始鑽牆"),
    S("", None, None, "Podcast 推介：講宇宙歷史嗰個，好正"),
    S("", None, None, "今日幫阿媽整好部手機，佢當我係天才"),
    S("", None, None, "Bought a new pair of running shoes. Now I have to actually run."),
    S("", "at:2021-09-21 22:15", None, "中秋節食咗三個月餅，罪過"),
    # ---- benign: one-off trip to Okinawa (real public places, holiday)
    S("", "at:2023-03-14 11:20", "oka_air", "沖繩我嚟啦！🌴"),
    S("", "at:2023-03-14 16:45", "oka_shuri", "首里城重建緊，都好值得嚟"),
    S("", "at:2023-03-14 20:10", "oka_kokusai", "國際通夜晚好熱鬧，食咗塔可飯"),
    S("", "at:2023-03-15 13:30", "oka_aqua", "鯨鯊好大條 🦈"),
    S("", "at:2023-03-17 18:00", None, "返到香港，已經開始掛住沖繩"),
]

X3_ME = {"id": "1249930571", "username": "kel_wrench", "name": "Kelvin Mak 麥嘉朗"}

X3_DMS = [
    {"id": "1583920177", "handle": "hk_aero_consult", "name": "Jason Lau | Aero Consulting", "suspicious": True,
     "msgs": [
         ("them", "2022-10-08 21:33", "Hi Kelvin, 睇到你分享好多直升機維修嘅嘢，好專業。我哋公司做航空顧問，想搵你傾下合作"),
         ("them", "2022-10-08 21:35", "主要想了解你哋隊嘅 maintenance schedule 同埋機隊 availability，一個鐘 HKD 5,000，好簡單"),
         ("me", "2022-10-09 09:12", "唔好意思，工作上嘅嘢唔方便講"),
         ("them", "2022-10-15 22:40", "明白嘅，唔涉及機密。呢度唔方便，不如轉去 Telegram 傾？我可以先過數"),
         ("them", "2022-10-22 23:05", "如果可以影幾張機庫入面嘅相，或者 tech log 版面，報酬可以再加"),
         ("me", "2022-10-22 23:20", "唔好再搵我，我會報告俾上司"),
     ]},
    {"id": "912834756", "handle": "carmen_mak_", "name": "Carmen Mak", "suspicious": False,
     "msgs": [
         ("them", "2021-02-10 19:02", "年初二返唔返阿爺屋企？"),
         ("me", "2021-02-10 19:30", "返，夜更完瞓醒就過去"),
         ("them", "2022-07-02 12:11", "阿媽話下個禮拜日飲茶，你得唔得閒"),
         ("me", "2022-07-02 12:40", "得，照舊十點"),
     ]},
    {"id": "1302299481", "handle": "hei_hikes", "name": "阿熙", "suspicious": False,
     "msgs": [
         ("them", "2021-10-20 22:15", "今個禮拜六行唔行山？"),
         ("me", "2021-10-20 22:31", "我休息，行！幾點？"),
         ("them", "2021-10-20 22:33", "八點地鐵站等"),
         ("them", "2023-04-02 20:05", "沖繩啲相好靚，下次帶埋我"),
         ("me", "2023-04-02 20:20", "下次一齊去 🙌"),
     ]},
]


def x_js(global_name, obj):
    return "window." + global_name + " = " + json.dumps(obj, ensure_ascii=False, indent=2, separators=(",", " : "))


def build_x():
    p = Persona("b6-x-airsupport", "x", "Asia/Hong_Kong", 63003,
                date(2020, 1, 15), date(2023, 4, 28), X3_PLACES, X3_SPECS)
    posts = p.resolve()
    records, labels = [], []
    for post in posts:
        utc = post["utc"]
        tid = str(snowflake_twitter(utc, p.rng))
        text = post["text"]
        tags = []
        for m in re.finditer(r"#(\w+)", text):
            tags.append({"text": m.group(1), "indices": [str(m.start()), str(m.end())]})
        src = p.rng.choice(['<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>'] * 3 +
                           ['<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>'])
        tw = {
            "edit_info": {"initial": {"editTweetIds": [tid],
                                      "editableUntil": (utc + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "editsRemaining": "5", "isEditEligible": utc >= datetime(2022, 9, 1, tzinfo=timezone.utc)}},
            "retweeted": False,
            "source": src,
            "entities": {"hashtags": tags, "symbols": [], "user_mentions": [], "urls": []},
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(p.rng.randrange(0, 12)),
            "id_str": tid,
            "truncated": False,
            "retweet_count": str(p.rng.choice([0, 0, 0, 1])),
            "id": tid,
            "created_at": utc.strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "favorited": False,
            "full_text": html.escape(text, quote=False),
            "lang": "en" if re.fullmatch(r"[\x00-\x7f’🌴🦈☕✅]*", text) else "zh",
        }
        if post["coords"]:
            lat, lon = post["coords"]
            tw["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
            tw["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
        records.append({"tweet": tw})
        labels.append(label_post(post, tid, text, geo=post["coords"]))
    records.reverse()                                   # newest first
    cut = 60
    part0, part1 = records[:cut], records[cut:]
    dms, contacts = [], []
    for dm in X3_DMS:
        a, b = sorted([X3_ME["id"], dm["id"]], key=int)
        msgs = []
        for who, when, text in dm["msgs"]:
            local = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=p.rng.randrange(60), tzinfo=p.tz)
            utc = local.astimezone(timezone.utc)
            sender, recip = (X3_ME["id"], dm["id"]) if who == "me" else (dm["id"], X3_ME["id"])
            msgs.append({"messageCreate": {"recipientId": recip, "reactions": [], "urls": [], "text": text,
                                           "mediaUrls": [], "senderId": sender,
                                           "id": str(snowflake_twitter(utc, p.rng)),
                                           "createdAt": utc.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % p.rng.randrange(1000)}})
        msgs.reverse()
        dms.append({"dmConversation": {"conversationId": "%s-%s" % (a, b), "messages": msgs}})
        contacts.append({"handle": dm["handle"], "name": dm["name"], "suspicious": dm["suspicious"], "id": dm["id"]})
    manifest = {
        "userInfo": {"accountId": X3_ME["id"], "userName": X3_ME["username"], "displayName": X3_ME["name"]},
        "archiveInfo": {"sizeBytes": "0", "generationDate": "2023-05-10T03:12:45.000Z", "isPartialArchive": False,
                        "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": {
            "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]},
            "accountTimezone": {"files": [{"fileName": "data/account-timezone.js",
                                           "globalName": "YTD.account_timezone.part0", "count": "1"}]},
            "directMessages": {"mediaDirectory": "data/direct_messages_media",
                               "files": [{"fileName": "data/direct-messages.js",
                                          "globalName": "YTD.direct_messages.part0", "count": str(len(dms))}]},
            "directMessagesGroup": {"mediaDirectory": "data/direct_messages_group_media",
                                    "files": [{"fileName": "data/direct-messages-group.js",
                                               "globalName": "YTD.direct_messages_group.part0", "count": "0"}]},
            "profile": {"mediaDirectory": "data/profile_media",
                        "files": [{"fileName": "data/profile.js", "globalName": "YTD.profile.part0", "count": "1"}]},
            "tweets": {"mediaDirectory": "data/tweets_media",
                       "files": [{"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": str(len(part0))},
                                 {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1",
                                  "count": str(len(part1))}]},
        },
    }
    files = [
        ("Your archive.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your archive</title></head>"
                              "<body><div id=\"root\"></div><script src=\"assets/js/app.js\"></script></body></html>\n"),
        ("data/README.txt", "Twitter Archive README\n\nThe archive contains the data in the data/ folder.\n"),
        ("data/manifest.js", "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2, separators=(",", " : "))),
        ("data/account.js", x_js("YTD.account.part0", [{"account": {
            "email": "kel.wrench@example.com", "createdVia": "oauth:129032", "username": X3_ME["username"],
            "accountId": X3_ME["id"], "createdAt": "2020-01-05T11:02:31.118Z", "accountDisplayName": X3_ME["name"]}}])),
        ("data/account-timezone.js", x_js("YTD.account_timezone.part0", [{"accountTimezone": {
            "accountId": X3_ME["id"], "timeZone": "Hong Kong"}}])),
        ("data/profile.js", x_js("YTD.profile.part0", [{"profile": {
            "description": {"bio": "🔧🚁 擰螺絲嘅人 | 行山 游水 飲茶 | 九龍東", "website": "", "location": "Hong Kong"},
            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1249930571/kw_400x400.jpg"}}])),
        ("data/tweets.js", x_js("YTD.tweets.part0", part0)),
        ("data/tweets-part1.js", x_js("YTD.tweets.part1", part1)),
        ("data/direct-messages.js", x_js("YTD.direct_messages.part0", dms)),
        ("data/direct-messages-group.js", "window.YTD.direct_messages_group.part0 = [ ]"),
        ("data/deleted-tweets.js", "window.YTD.deleted_tweets.part0 = [ ]"),
    ]
    write_zip(os.path.join(OUT, p.key + ".zip"), files)
    truth = {
        "unit": ["港灣空中支援隊", "Harbour Air Support Unit", "HASU", "空支隊"],
        "role": "飛機維修工程師 (aircraft maintenance engineer, B1 licensed)",
        "office": {"lat": 22.3098, "lon": 114.2205, "name": "HASU 機庫B / hangar B"},
        "home": {"lat": 22.3070, "lon": 114.2597},
        "routine_places": [{"name": "金輝茶餐廳 (breakfast before day shift)", "lat": 22.3188, "lon": 114.2105},
                           {"name": "寶翠泳池 (Wednesday swim)", "lat": 22.3122, "lon": 114.2638},
                           {"name": "海景酒家 (Sunday dim sum)", "lat": 22.3152, "lon": 114.2545}],
    }
    write_labels(p, truth, contacts, labels)
    write_watchlist(p, "麥嘉朗", {
        "unit": [{"name": "港灣空中支援隊", "aliases": ["Harbour Air Support Unit", "HASU"]}],
        "role": ["aircraft maintenance engineer"],
        "site": [{"name": "HASU hangar B", "lat": 22.3098, "lon": 114.2205, "radius_m": 300}],
    })
    return p, labels

# =========================================================================== 4. Instagram
# Kayla Brennan, explosive-ordnance logistics specialist at the invented Kerrigan Plains Munitions Depot (SA).

I4_PLACES = {
    "work": (-34.5720, 138.6930, 90),
    "gate": (-34.5708, 138.6944, 15),
    "gym": (-34.6075, 138.7525, 20),
    "netball": (-34.6105, 138.7300, 30),
    "mums": (-34.6230, 138.7100, 15),
    "home": (-34.6010, 138.7440, 15),
    "ki_ferry": (-35.7240, 137.9400, 150),
    "ki_seal": (-35.9950, 137.3210, 200),
    "ki_rocks": (-36.0470, 136.7103, 120),
    "ki_town": (-35.6560, 137.6380, 200),
}

I4_SPECS = [
    # ---- unit
    S("unit", "at:2021-02-15 18:20", None, "First day at Kerrigan Plains Munitions Depot ✅ hi-vis on, nerves settled #KPMDcrew"),
    S("unit", "at:2021-12-17 16:40", None, "KPMD Christmas BBQ 🎄 the forklift decorating comp is getting out of hand"),
    S("unit", None, None, "Depot footy tipping champ 2022, finally. Kerrigan Plains' best kept secret is my tipping system 🏉"),
    S("unit", None, None, "#KPMDcrew smashed the Biggest Morning Tea, $2,140 for cancer research 💛"),
    S("unit", "at:2023-02-15 19:05", None, "2 years with the Kerrigan Plains crew today 🥲"),
    S("unit", None, None, "Our depot fire team won the regional emergency response challenge 🔥🚒 so proud of these legends"),
    S("role unit", "at:2022-05-09 19:30", None, "KPMD is hiring EO logistics staff! Need a DG licence and be able to get an NV1. Slide into my DMs"),
    S("role unit", "at:2022-11-04 17:10", None, "Kerrigan Plains storeman ➡️ EO logistics specialist. The promotion came through today!! 🎉"),
    # ---- role
    S("role", None, None, "Stocktake week. Counting lot numbers until my eyes cross 🥴"),
    S("role", "at:2021-06-25 18:15", None, "Passed my explosive ordnance handling course 💥 (the course, not me)"),
    S("role", "at:2021-09-28 17:50", None, "NV1 clearance finally came through after 7 months of waiting 🙌"),
    S("role", None, None, "Forklift ticket ✅ DG licence ✅ now just the HR truck licence to go"),
    S("role", None, None, "Today's lesson: HD 1.1 and HD 1.4 do NOT share a magazine. Compatibility groups are life"),
    S("role", None, None, "Signed for 40 pallets of small arms ammo returns, every lot checked against MILIS"),
    S("role", None, None, "NEQ calcs done for the new storehouse layout and the traverse distances got approved 📐"),
    S("role", None, None, "Explosives storage licence renewal paperwork = 60 pages of joy"),
    S("role", "at:2022-01-19 16:10", None, "Lightning protection inspection on every magazine today, in 38 degrees 🥵"),
    S("role", None, None, "Steel caps, hi-vis, no phones past the inner fence. Day 300 of missing my own texts"),
    S("role", None, None, "Trained two new starters on EO receipt procedures today, proud of them"),
    S("role", None, None, "Convoy prep: paperwork, Class 1 placards, pre-trip checks. Big day tomorrow"),
    S("role", "at:2023-03-22 20:10", None, "AGSVA revalidation interview done. Honesty is the easiest policy 🙃"),
    S("role", None, None, "Inspection team found a dodgy batch of propellant charges today, quarantined and tagged"),
    S("role", "at:2022-08-12 16:45", None, "Cert IV in Logistics DONE 🎓 next stop the ammunition technician pathway"),
    S("role", None, None, "Inventory reconciliation matched to the last round. Best feeling in logistics"),
    S("role", None, None, "DG placarding refresher today. Class 1 diamonds everywhere I look now"),
    # ---- location (text)
    S("location unit", None, None, "Kerrigan Plains Rd into the depot is flooded again, 4WD only 🌧️"),
    S("location", None, None, "Gate 1 security queue took 25 min this morning, sort it out 😤"),
    S("location", "at:2022-09-10 10:40", "work", "Working a Saturday for the audit. Empty car park, magpies everywhere"),
    # ---- location + routine (photo GPS at the depot in working hours)
    S("location routine", "wk@07:00-07:40", "work", "Magazine Area 3 at sunrise is honestly gorgeous 🌅"),
    S("location routine", "wk@09:30-10:15", "work", "smoko ☕"),
    S("location routine", "at:2021-09-14 09:50", "work", "magpie swooping season has begun 🐦"),
    S("location routine", "wk@12:00-13:00", "work", "lunch with a view of absolutely nothing but paddock"),
    S("location routine", "wk@13:00-15:00", "work", "dust storm rolling in 😳"),
    S("location routine", "wk@08:00-12:00", "work", "view from the loading dock today"),
    S("location routine", "1@12:00-13:00", "work", "leftover curry hits different on a Tuesday"),
    S("location routine", "wk@14:30-15:25", "work", "nearly knock off 🙌"),
    S("location routine", "wk@06:40-06:58", "gate", "coffee van at the gate is the real MVP ☕", kind="story"),
    S("location routine", "wk@06:40-06:58", "gate", "", kind="story"),
    S("location routine", "wk@06:40-06:58", "gate", "", kind="story"),
    # ---- routine
    S("routine", "024@05:45-06:15", "gym", "", kind="story"),
    S("routine", "024@05:45-06:15", "gym", "", kind="story"),
    S("routine", "024@05:45-06:15", "gym", "", kind="story"),
    S("routine", "024@05:45-06:15", "gym", "", kind="story"),
    S("routine", "024@05:45-06:15", "gym", "", kind="story"),
    S("routine", "024@05:45-06:15", "gym", "5:45am crew 💪 Mon Wed Fri no excuses"),
    S("routine", "024@05:45-06:15", "gym", "leg day at IronBark before work, send help"),
    S("routine", "5@08:30-10:00", "netball", "Saturday netball W 32-28 🏐"),
    S("routine", "at:2021-07-24 08:45", "netball", "Saturday morning netball in the freezing cold 🥶"),
    S("routine", "5@08:30-10:00", "netball", "", kind="story"),
    S("routine", "at:2022-09-03 09:20", "netball", "Grand final Saturday!! 🏆"),
    S("routine", "6@17:30-19:00", "mums", "Sunday roast at Mum's, every week without fail 🍗"),
    S("routine", "at:2022-07-17 18:05", "mums", "Mum's Sunday roast hits different in winter"),
    S("routine", "6@17:30-19:00", "mums", "", kind="story"),
    S("routine", None, None, "Early shift life: alarm 4:50, gym 5:45, through the gate by 6:50, knock off 3:30"),
    S("routine", "4@10:00-13:00", None, "RDO Friday every second week, best invention ever"),
    S("routine", "4@10:00-13:00", None, "RDO Friday = beach + brunch 🏖️"),
    # ---- home
    S("home", "any@19:00-22:00", "home", "new candle, who dis 🕯️"),
    S("home", "any@19:00-22:00", "home", "couch + blanket + Bluey with my niece"),
    S("home", "any@09:00-11:00", "home", "veggie patch finally producing 🍅"),
    S("home", "any@19:00-22:00", "home", "", kind="story"),
    # ---- benign: traps
    S("", "at:2021-04-11 13:20", None, "Moved into our new unit!! 🏡🔑 two bedrooms and a tiny courtyard"),
    S("", None, None, "Josh is away on exercise for 3 weeks, army life 🙄 missing him already"),
    S("", "at:2022-01-01 00:25", None, "My brother's fireworks show tonight 🎆 he's a licensed pyrotechnician and I'm so proud"),
    S("", "6@10:00-16:00", None, "Airsoft Sunday! Got sniped in the first 5 minutes 😂"),
    S("", "any@23:00-23:59", None, "Call of Duty with the girls till midnight"),
    S("", None, None, "Need more ammo for this argument with my sister about pineapple on pizza"),
    S("", None, None, "Homemade pizza, thin base for the win 🍕"),
    S("", "we@15:00-19:00", None, "Weekend at Uncle Ray's cattle station, mustering on the quad bike 🐄"),
    S("", None, None, "This chilli sauce is explosive 🌶️"),
    S("", "any@19:30-22:30", None, "Reading a mag in the bath, living my best life 🛁"),
    S("", None, None, "Watched The Hurt Locker for the 3rd time, still stressful"),
    S("", None, None, "My secret weapon for pavlova: room temp eggs"),
    S("", None, None, "Bus depot was chaos this morning, car's in for a service 🚌"),
    # ---- benign: ordinary life
    S("", "6@14:00-19:00", None, "Sunday sesh with the girls 🍹"),
    S("", None, None, "New puppy!!! Meet Biscuit 🐶"),
    S("", None, None, "Biscuit ate my thong. Again."),
    S("", None, None, "Finally finished my 1000 piece puzzle 🧩"),
    S("", None, None, "Sister's 30th, what a night 🎉"),
    S("", None, None, "Op shop haul 💸"),
    S("", "at:2023-09-09 21:30", None, "Footy finals with the fam, go Crows 💙❤️💛"),
    S("", "at:2022-06-26 18:30", None, "Winter soup season 🍲"),
    S("", "any@19:30-20:45", None, "Sunset at the beach, no filter"),
    S("", None, None, "Tried making sourdough. It's a brick."),
    S("", None, None, "Book club pick this month, who's read it?"),
    S("", None, None, "Nan's 90th 💕"),
    S("", "at:2021-09-20 17:45", None, "Spring has sprung, hayfever has too 🤧"),
    S("", None, None, "Road trip snacks sorted"),
    S("", None, None, "Got my hair done, feeling brand new ✨"),
    S("", None, None, "Wine tasting in the valley 🍷"),
    S("", "6@08:30-11:00", None, "Sunday pancakes 🥞"),
    S("", "at:2021-12-25 13:40", None, "Merry Christmas from our chaotic family 🎄"),
    S("", None, None, "Garage sale finds"),
    S("", None, None, "Best friend's wedding, I cried the whole time 😭"),
    S("", None, None, "Biscuit's first birthday 🎂🐶"),
    S("", None, None, "Painted the spare room sage green"),
    S("", "any@20:00-23:00", None, "Concert night 🎶"),
    S("", None, None, "Beach walk with Biscuit"),
    S("", "any@19:00-22:00", None, "Stormy skies tonight ⛈️"),
    S("", None, None, "Homemade lasagne, 10/10"),
    S("", None, None, "", kind="story"),
    S("", None, None, "", kind="story"),
    # ---- benign: one-off trip to Kangaroo Island (real public places, holiday)
    S("", "at:2022-01-08 10:15", "ki_ferry", "KI bound ⛴️", kind="story"),
    S("", "at:2022-01-08 15:30", "ki_seal", "sea lions having the laziest day 🦭"),
    S("", "at:2022-01-09 11:05", "ki_rocks", "Remarkable Rocks are actually remarkable", kind="carousel"),
    S("", "at:2022-01-10 18:40", "ki_town", "fish and chips by the jetty 🐟"),
]

I4_ME = "Kayla Brennan"

I4_DMS = [
    {"handle": "dmarsh.supply", "name": "Daniel Marsh", "id": "17843960011223344", "suspicious": True,
     "msgs": [
         ("them", "2022-11-20 20:14", "Hey Kayla, saw your #KPMDcrew posts, congrats on the promotion! I consult for an overseas defence supplier"),
         ("them", "2022-11-20 20:15", "We'd pay $500 cash for a quick chat about what kind of stock the depot holds and how often it turns over. Nothing secret 😉"),
         ("me", "2022-11-21 06:30", "Sorry mate, can't talk about work"),
         ("them", "2022-11-27 21:02", "No stress. Insta isn't great for this, can we move to Telegram or WhatsApp? I'll send you my number"),
         ("them", "2022-12-04 19:48", "Even a photo of a stocktake sheet would be worth $2k to my client"),
         ("me", "2022-12-04 20:05", "No. Don't message me again, I'm reporting this to security"),
     ]},
    {"handle": "mum_brennan", "name": "Sharon Brennan", "id": "17841400123456789", "suspicious": False,
     "msgs": [
         ("them", "2021-07-10 16:20", "Roast at 6 tomorrow love, bring Josh"),
         ("me", "2021-07-10 16:45", "Will do, I'll bring dessert"),
         ("them", "2022-03-02 19:11", "Did you get your flu shot?"),
         ("me", "2022-03-02 19:30", "Yes Mum 🙄❤️"),
     ]},
    {"handle": "tash.netball", "name": "Tash Nguyen", "id": "17842233445566778", "suspicious": False,
     "msgs": [
         ("them", "2022-04-29 20:40", "Training moved to Thursday this week!"),
         ("me", "2022-04-29 20:52", "Got it, see you there"),
         ("them", "2023-06-16 21:05", "Can you do GA on Saturday? Mel's out"),
         ("me", "2023-06-16 21:10", "Yep, I'm in 🏐"),
     ]},
]


def build_instagram():
    p = Persona("b6-instagram-munitions", "instagram", "Australia/Adelaide", 64004,
                date(2021, 2, 17), date(2023, 10, 20), I4_PLACES, I4_SPECS)
    posts = p.resolve()
    posts_json, stories, files, labels = [], [], [], []
    device = "android-7f3c2a91d04be55e"

    def media_item(post, local, idx, title):
        igid = "18%015d" % p.rng.randrange(10 ** 15)
        sub = "stories" if post.get("kind") == "story" else "posts"
        name = "media/%s/%s/%d_%d_%d_n_%s.jpg" % (sub, local.strftime("%Y%m"), p.rng.randrange(10 ** 8, 10 ** 9),
                                                   p.rng.randrange(10 ** 15, 10 ** 16), p.rng.randrange(10 ** 18, 10 ** 19),
                                                   igid)
        files.append((name, tiny_jpeg("i4-" + igid)))
        taken = (local - timedelta(seconds=p.rng.randrange(30, 600))).strftime("%Y:%m:%d %H:%M:%S")
        exif = None
        if post["coords"] is not None:
            lat, lon = post["coords"]
            if idx > 0:
                lat, lon = jitter(p.rng, lat, lon, 30)
            exif = {"latitude": lat, "longitude": lon, "date_time_original": taken,
                    "date_time_digitized": taken, "device_id": device, "source_type": "camera",
                    "scene_capture_type": "standard", "iso": p.rng.choice([32, 50, 64, 100, 200])}
        elif p.rng.random() < 0.6:
            exif = {"date_time_original": taken, "device_id": device, "source_type": "library"}
        m = {"uri": name, "creation_timestamp": int(post["utc"].timestamp())}
        if exif is not None:
            m["media_metadata"] = {"photo_metadata": {"exif_data": [exif]}, "camera_metadata": {"has_camera_metadata": False}}
        m["title"] = title
        m["cross_post_source"] = {"source_app": "FB"}
        return m, igid

    for post in posts:
        local = post["local"]
        kind = post.get("kind", "post")
        if kind == "story":
            m, igid = media_item(post, local, 0, post["text"])
            stories.append(m)
        elif kind == "carousel" or (kind == "post" and p.rng.random() < 0.12):
            items = []
            for i in range(p.rng.randrange(2, 5)):
                m, mid = media_item(post, local, i, "")
                items.append(m)
                if i == 0:
                    igid = mid
            posts_json.append({"media": items, "title": post["text"], "creation_timestamp": int(post["utc"].timestamp())})
        else:
            m, igid = media_item(post, local, 0, post["text"])
            posts_json.append({"media": [m]})
        labels.append(label_post(post, igid, post["text"], photo_gps=post["coords"]))
    posts_json.reverse()
    stories.reverse()
    out = [
        ("personal_information/personal_information/personal_information.json", meta_json({"profile_user": [{
            "media_map_data": {"Profile Photo": {"uri": "media/profile/202102/profile_kb.jpg",
                                                 "creation_timestamp": 1613379600, "title": ""}},
            "string_map_data": {
                "Email": {"href": "", "value": "kayla.b@example.com", "timestamp": 0},
                "Phone Confirmed": {"href": "", "value": "True", "timestamp": 0},
                "Username": {"href": "", "value": "kaylab_sa", "timestamp": 0},
                "Name": {"href": "", "value": I4_ME, "timestamp": 0},
                "Bio": {"href": "", "value": "SA 🌾 netball • gym • Biscuit the dog 🐶 • early starts 🥱", "timestamp": 0},
                "Gender": {"href": "", "value": "female", "timestamp": 0},
                "Private Account": {"href": "", "value": "False", "timestamp": 0}}}]})),
        ("personal_information/information_about_you/account_based_in.json", meta_json(
            {"inferred_data_primary_location": [{"media_map_data": {}, "string_map_data": {
                "City Name": {"href": "", "value": "Adelaide, South Australia", "timestamp": 0}}}]})),
        ("your_instagram_activity/content/posts_1.json", meta_json(posts_json)),
        ("your_instagram_activity/content/stories.json", meta_json({"ig_stories": stories})),
        ("media/profile/202102/profile_kb.jpg", tiny_jpeg("i4-profile")),
    ]
    contacts = []
    for dm in I4_DMS:
        folder = "%s_%s" % (re.sub(r"[^a-z0-9]", "", dm["handle"]), dm["id"])
        msgs = []
        for who, when, text in dm["msgs"]:
            local = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=p.rng.randrange(60), tzinfo=p.tz)
            msgs.append({"sender_name": I4_ME if who == "me" else dm["name"],
                         "timestamp_ms": int(local.timestamp()) * 1000 + p.rng.randrange(1000),
                         "content": text, "is_geoblocked_for_viewer": False})
        msgs.reverse()
        thread = {"participants": [{"name": dm["name"]}, {"name": I4_ME}], "messages": msgs, "title": dm["name"],
                  "is_still_participant": True, "thread_path": "inbox/" + folder, "magic_words": []}
        out.append(("your_instagram_activity/messages/inbox/%s/message_1.json" % folder, meta_json(thread)))
        contacts.append({"handle": dm["handle"], "name": dm["name"], "suspicious": dm["suspicious"], "id": dm["id"]})
    write_zip(os.path.join(OUT, p.key + ".zip"), out + files)
    truth = {
        "unit": ["Kerrigan Plains Munitions Depot", "KPMD", "Kerrigan Plains", "#KPMDcrew"],
        "role": "explosive ordnance logistics specialist",
        "office": {"lat": -34.5720, "lon": 138.6930, "name": "Kerrigan Plains Munitions Depot, Magazine Area 3"},
        "home": {"lat": -34.6010, "lon": 138.7440},
        "routine_places": [{"name": "IronBark Fitness (Mon/Wed/Fri 05:45)", "lat": -34.6075, "lon": 138.7525},
                           {"name": "Northern Courts netball (Saturday)", "lat": -34.6105, "lon": 138.7300},
                           {"name": "Mum's house (Sunday roast)", "lat": -34.6230, "lon": 138.7100},
                           {"name": "depot Gate 1 coffee van", "lat": -34.5708, "lon": 138.6944}],
    }
    write_labels(p, truth, contacts, labels)
    write_watchlist(p, "Kayla Brennan", {
        "unit": [{"name": "Kerrigan Plains Munitions Depot", "aliases": ["KPMD", "Kerrigan Plains"]}],
        "role": ["munitions logistics specialist"],
        "site": [{"name": "Kerrigan Plains Munitions Depot", "lat": -34.5720, "lon": 138.6930, "radius_m": 300}],
    })
    return p, labels



def main():
    stats = []
    for build in BUILDERS:
        p, labels = build()
        stats.append((p.key, labels))
    for key, labels in stats:
        from collections import Counter
        c = Counter()
        for lp in labels:
            for l in lp["labels"] or ["benign"]:
                c[l] += 1
        print(f"{key}: {len(labels)} posts", dict(sorted(c.items())))


BUILDERS = [build_telegram, build_linkedin, build_x, build_instagram]

if __name__ == "__main__":
    main()
