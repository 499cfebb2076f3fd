#!/usr/bin/env python3
"""Builds the four held-out personas of blind10 (archives, labels, watchlists).

usage: python3 generate.py            # writes KEY.zip, KEY.labels.json, KEY.watchlist.toml next to this file

Python 3.11 standard library only. Everything is derived from the content files in content/ and
from the persona tables below, with per-persona seeded random generators, so reruns are byte-identical
(zip entries are sorted and carry a fixed date; JSON is written with fixed key order).

Content line format (content/KEY.txt):  when | labels | geo | kind | text
  when   : SLOT, SLOT@YYYY-MM, SLOT@YYYY-MM-DD (random day/time inside the slot's windows),
           @YYYY-MM-DD (random time 09:30-21:30), @YYYY-MM-DD HH:MM (exact local time),
           +Nm / +Nh (relative to the line above)
  labels : comma list of unit, role, location, routine, home; "-" = benign;
           "@key" = written by somebody else (a DM or a chat message, never a post)
  geo    : PLACE:MODE or "-"; PLACE is a key of the persona's place table
  kind   : platform specific (chat key, post type, ...), optional suffixes "^" (reply) and "+photo"
  text   : "~" = empty, "\\n" = newline
"""
import hashlib
import html
import io
import json
import math
import random
import re
import struct
import sys
import zipfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SEED = "blind10-2024"
UTC = timezone.utc
CATS = ("unit", "role", "location", "routine", "home")


# ----------------------------------------------------------------------------------------- geometry
def metres(a_lat, a_lon, b_lat, b_lon):
    r = 6_371_000
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def jitter(rng, lat, lon, radius_m):
    d = radius_m * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = d * math.cos(a) / 111_320
    dlon = d * math.sin(a) / (111_320 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


# ----------------------------------------------------------------------------------------- personas
# Slots: name -> list of (weekdays (0=Mon), start "HH:MM", end "HH:MM" (may exceed 24:00), week parity or None)
P1 = {
    "key": "p1-telegram-submarine", "platform": "telegram", "tz": "Asia/Shanghai",
    "span": (date(2021, 3, 16), date(2023, 12, 12)), "export": datetime(2023, 12, 18, 21, 37, 12),
    "person": "韩志强 (强子)", "language": "Simplified Chinese (mainland, internet slang)",
    "unit": ["海军第37潜艇支队", "第37潜艇支队", "37支队", "三十七支队", "青鱼湾基地"],
    "role": "潜艇声呐/液压维修技师",
    "role_en": "submarine sonar and hydraulics maintenance technician",
    "watch_role": "声呐维修技师",
    "office_name": "青鱼湾基地码头（第37潜艇支队）",
    "places": {
        "office": (36.7415, 121.4862, 110, "青鱼湾基地码头", ""),
        "home": (36.7958, 121.4431, 60, "东嵛镇家属院", ""),
        "r1": (36.7921, 121.4493, 45, "人民广场班车点", ""),
        "r2": (36.7712, 121.4690, 60, "东嵛渔港早市", "东嵛镇渔港路18号"),
        "cq_jfb": (29.5574, 106.5773, 30, "解放碑", ""),
        "cq_hotpot": (29.5350, 106.5190, 20, "杨家坪老火锅", ""),
        "cq_yuefu": (29.6010, 106.4650, 20, "", ""),
        "cq_ciqikou": (29.5815, 106.4490, 30, "磁器口古镇", ""),
        "cq_hongya": (29.5634, 106.5790, 30, "洪崖洞", ""),
        "cq_nanshan": (29.5466, 106.6105, 30, "南山一棵树观景台", ""),
        "qd_zhanqiao": (36.0614, 120.3185, 30, "栈桥", ""),
        "qd_beer": (36.0757, 120.3440, 20, "青岛啤酒博物馆", ""),
        "qd_museum": (36.0608, 120.3273, 30, "海军博物馆", ""),
        "qd_taidong": (36.0881, 120.3660, 30, "台东步行街夜市", "青岛市市北区台东三路"),
        "qd_badaguan": (36.0525, 120.3530, 40, "八大关", ""),
        "qd_laoshan": (36.1590, 120.6190, 40, "崂山", ""),
    },
    "routine_places": {"r1": "Mondays 06:35-07:15, shuttle bus to the base",
                       "r2": "Saturdays 07:10-09:40, fishing-port morning market"},
    "routines": ["工作日在基地码头上班（周一至周五 08:00-17:30）",
                 "每周一 06:40 人民广场班车回基地",
                 "24小时值班轮班（值班/交班 08:00）",
                 "每季度跟艇出海约两周",
                 "周六早上渔港早市"],
    "work_slots": ("work", "noon", "workend", "duty"),
    "slots": {
        "work": [((0, 1, 2, 3, 4), "08:10", "11:40", None), ((0, 1, 2, 3, 4), "13:40", "17:20", None)],
        "noon": [((0, 1, 2, 3, 4), "11:45", "13:20", None)],
        "workend": [((0, 1, 2, 3, 4), "16:50", "17:25", None)],
        "duty": [((0, 1, 2, 3, 4, 5, 6), "20:00", "23:50", None)],
        "r1": [((0,), "06:35", "07:15", None)],
        "r2": [((5,), "07:10", "09:40", None)],
        "eve": [((0, 1, 2, 3, 4, 5, 6), "19:30", "23:30", None)],
        "wkeve": [((0, 1, 2, 3, 4), "19:30", "22:45", None)],
        "day": [((0, 1, 2, 3, 4, 5, 6), "09:00", "22:30", None)],
        "wkend": [((5, 6), "09:30", "21:30", None)],
    },
    "blackouts": [(date(2021, 9, 6), date(2021, 9, 20)), (date(2022, 5, 9), date(2022, 5, 24)),
                  (date(2022, 1, 28), date(2022, 2, 6)), (date(2022, 10, 10), date(2022, 10, 23)),
                  (date(2023, 4, 28), date(2023, 5, 3)), (date(2023, 6, 12), date(2023, 6, 29))],
}

P1.update({
    "export_dir": "DataExport_2023-12-18",
    "owner": {"id": 5293817460, "first": "强子", "last": "", "display": "强子", "phone": "+86 170 0042 7781",
              "username": "@qiangzi_dy", "bio": "修修补补 钓鱼 带娃", "camera": ("HUAWEI", "ELS-AN00"),
              "offset": "+08:00"},
    "people": {
        "wife": {"id": 5310022841, "name": "老婆", "phone": "+86 170 0042 1306", "contact": True, "added": datetime(2019, 6, 2, 20, 11, 5)},
        "mom": {"id": 5127730615, "name": "妈", "phone": "+86 170 0042 5519", "contact": True, "added": datetime(2019, 6, 2, 20, 13, 40)},
        "zheng": {"id": 5402219873, "name": "郑伟", "phone": "+86 170 0061 2290", "contact": True, "added": datetime(2020, 3, 9, 12, 30, 2)},
        "bin": {"id": 5566012094, "name": "阿斌", "phone": "+86 170 0063 7781", "contact": True, "added": datetime(2020, 8, 14, 18, 2, 51)},
        "shop": {"id": 5711093365, "name": "瑞丰渔具-小李", "phone": "+86 170 0075 4402", "contact": True, "added": datetime(2021, 6, 12, 9, 40, 0)},
        "wang": {"id": 6013377420, "name": "王经理-海洋装备咨询", "contact": False, "added": datetime(2022, 3, 8, 10, 0, 0)},
        "lin": {"id": 6120045512, "name": "军迷小林", "contact": False, "added": datetime(2022, 7, 4, 20, 0, 0)},
        "amy": {"id": 6234901177, "name": "Amy 猎头", "contact": False, "added": datetime(2023, 2, 2, 10, 0, 0)},
        "kun": {"id": 6302218845, "name": "阿坤", "contact": False, "added": datetime(2023, 8, 2, 19, 0, 0)},
        "jz": {"id": 6455130902, "name": "海边兼职-客服", "contact": False, "added": datetime(2023, 10, 17, 9, 0, 0)},
        "老刘": {"id": 5620183377, "name": "老刘", "phone": "+86 170 0081 3307", "contact": True, "added": datetime(2020, 8, 20, 7, 15, 0)},
        "海蛎子": {"id": 5633910254, "name": "海蛎子", "contact": False, "added": datetime(2020, 8, 20, 7, 15, 0)},
        "钓鱼佬小王": {"id": 5701128840, "name": "钓鱼佬小王", "contact": False, "added": datetime(2020, 8, 20, 7, 15, 0)},
    },
    "chats": [
        {"key": "sv", "type": "saved_messages", "id": 5293817460},
        {"key": "wife", "type": "personal_chat", "id": 5310022841, "name": "老婆", "peer": "wife",
         "service": [{"dt": datetime(2022, 5, 24, 12, 3, 11, tzinfo=UTC), "duration": 1312},
                     {"dt": datetime(2023, 6, 29, 11, 40, 2, tzinfo=UTC), "duration": 2405}]},
        {"key": "mom", "type": "personal_chat", "id": 5127730615, "name": "妈", "peer": "mom"},
        {"key": "zheng", "type": "personal_chat", "id": 5402219873, "name": "郑伟", "peer": "zheng"},
        {"key": "bin", "type": "personal_chat", "id": 5566012094, "name": "阿斌", "peer": "bin"},
        {"key": "shop", "type": "personal_chat", "id": 5711093365, "name": "瑞丰渔具-小李", "peer": "shop"},
        {"key": "wang", "type": "personal_chat", "id": 6013377420, "name": "王经理-海洋装备咨询", "peer": "wang"},
        {"key": "lin", "type": "personal_chat", "id": 6120045512, "name": "军迷小林", "peer": "lin"},
        {"key": "amy", "type": "personal_chat", "id": 6234901177, "name": "Amy 猎头", "peer": "amy"},
        {"key": "kun", "type": "personal_chat", "id": 6302218845, "name": "阿坤", "peer": "kun"},
        {"key": "jz", "type": "personal_chat", "id": 6455130902, "name": "海边兼职-客服", "peer": "jz"},
        {"key": "grp", "type": "private_supergroup", "id": 1712093845, "name": "东嵛钓友群", "first_id": 15230},
        {"key": "ch", "type": "private_channel", "id": 1876500213, "name": "强子的碎碎念", "owner_created": True},
        {"key": "news", "type": "public_channel", "id": 1433200871, "name": "舰船知识速递", "first_id": 8810},
    ],
    "frequent": [("wife", 0.92), ("zheng", 0.41), ("bin", 0.33), ("mom", 0.27), ("shop", 0.05)],
    "sessions": [
        {"last_active": "2023-12-18T21:30:02", "last_active_unixtime": "1702906202", "last_ip": "203.0.113.58",
         "last_country": "Hong Kong", "last_region": "", "application_name": "Telegram Desktop",
         "application_version": "4.12.2", "device_model": "Desktop", "platform": "Windows",
         "system_version": "Windows 10", "created": "2023-03-02T19:12:44", "created_unixtime": "1677755564"},
        {"last_active": "2023-12-18T07:02:13", "last_active_unixtime": "1702854133", "last_ip": "198.51.100.23",
         "last_country": "Japan", "last_region": "", "application_name": "Telegram Android",
         "application_version": "10.3.2", "device_model": "HUAWEI ELS-AN00", "platform": "Android",
         "system_version": "SDK 29", "created": "2021-03-15T21:03:10", "created_unixtime": "1615813390"},
    ],
    "contacts": [
        {"handle": "王经理-海洋装备咨询", "name": "王经理", "suspicious": True, "id": "6013377420"},
        {"handle": "军迷小林", "name": "小林", "suspicious": True, "id": "6120045512"},
        {"handle": "Amy 猎头", "name": "Amy", "suspicious": True, "id": "6234901177"},
        {"handle": "阿坤", "name": "阿坤", "suspicious": True, "id": "6302218845"},
        {"handle": "海边兼职-客服", "name": "海边兼职客服", "suspicious": True, "id": "6455130902"},
        {"handle": "老婆", "name": "老婆", "suspicious": False, "id": "5310022841"},
        {"handle": "妈", "name": "妈", "suspicious": False, "id": "5127730615"},
        {"handle": "郑伟", "name": "郑伟", "suspicious": False, "id": "5402219873"},
        {"handle": "阿斌", "name": "阿斌", "suspicious": False, "id": "5566012094"},
        {"handle": "瑞丰渔具-小李", "name": "小李", "suspicious": False, "id": "5711093365"},
    ],
})

P2 = {
    "key": "p2-facebook-jointfacility", "platform": "facebook", "tz": "Australia/Darwin",
    "span": (date(2017, 7, 4), date(2020, 6, 28)), "export": datetime(2020, 7, 9, 20, 14, 33),
    "person": "Jess Halloran", "language": "Australian English (slang)",
    "unit": ["Joint Defence Facility Mulga Ridge", "JDF Mulga Ridge", "JDFMR", "Mulga Ridge", "the Ridge"],
    "role": "signals analyst", "role_en": "signals analyst", "watch_role": "signals analyst",
    "office_name": "Joint Defence Facility Mulga Ridge",
    "places": {
        "office": (-20.7812, 134.1104, 120, "Joint Defence Facility Mulga Ridge", "Mulga Ridge Rd, Mulga Springs NT 0872"),
        "home": (-20.6290, 134.2160, 45, "", ""),
        "r1": (-20.6385, 134.2301, 40, "Mulga Springs Bus Interchange", "Todd Tce, Mulga Springs NT 0872"),
        "r2": (-20.6512, 134.2412, 80, "Mulga Springs Riverside parkrun", "Riverside Reserve, Mulga Springs NT 0872"),
        "darwin_mindil": (-12.4500, 130.8310, 40, "Mindil Beach Sunset Market", "Gilruth Ave, The Gardens NT 0820"),
        "bali_seminyak": (-8.6913, 115.1582, 40, "Seminyak Beach", "Seminyak, Bali, Indonesia"),
        "bali_canggu": (-8.6510, 115.1300, 40, "Echo Beach, Canggu", "Canggu, Bali, Indonesia"),
        "bali_ubud": (-8.5188, 115.2585, 40, "Sacred Monkey Forest Sanctuary", "Ubud, Bali, Indonesia"),
        "bali_tegallalang": (-8.4335, 115.2790, 40, "Tegallalang Rice Terrace", "Tegallalang, Bali, Indonesia"),
        "bali_uluwatu": (-8.8291, 115.0849, 40, "Uluwatu Temple", "Pecatu, Bali, Indonesia"),
        "kings_canyon": (-24.2530, 131.5110, 60, "Kings Canyon Rim Walk", "Watarrka National Park NT"),
        "kings_creek": (-24.4180, 131.8230, 40, "Kings Creek Station", "Luritja Rd, Petermann NT 0872"),
        "canberra_centre": (-35.2790, 149.1340, 40, "Canberra Centre", "148 Bunda St, Canberra ACT 2601"),
        "adelaide_glenelg": (-34.9803, 138.5115, 40, "Glenelg Beach", "Moseley Square, Glenelg SA 5045"),
        "adelaide_rundle": (-34.9228, 138.6030, 40, "Rundle Mall", "Rundle Mall, Adelaide SA 5000"),
        "adelaide_barossa": (-34.5330, 138.9570, 40, "Barossa Valley", "Tanunda SA 5352"),
        "adelaide_hahndorf": (-35.0290, 138.8090, 40, "Hahndorf Main Street", "Main St, Hahndorf SA 5245"),
        "alice_todd": (-23.6980, 133.8807, 40, "Todd Mall", "Todd Mall, Alice Springs NT 0870"),
    },
    "routine_places": {"r1": "Mondays of day-shift weeks 04:55-05:25, the 05:15 staff bus to the facility",
                       "r2": "Saturdays 06:40-08:40, parkrun"},
    "routines": ["12-hour shifts Monday-Thursday, day weeks 06:00-18:00 and night weeks 18:00-06:00, alternating fortnightly",
                 "staff bus from the Mulga Springs interchange at 05:15 and 17:15",
                 "Saturday morning parkrun"],
    "work_slots": ("dstart", "dend", "nstart", "nend"),
    "slots": {
        "dstart": [((0, 1, 2, 3), "05:45", "06:10", 0)],
        "dend": [((0, 1, 2, 3), "18:02", "18:25", 0)],
        "nstart": [((0, 1, 2, 3), "17:45", "18:08", 1)],
        "nend": [((1, 2, 3, 4), "06:02", "06:25", 1)],
        "r1": [((0,), "04:55", "05:25", 0)],
        "r2": [((5,), "06:40", "08:40", None)],
        "off": [((4, 5, 6), "08:00", "22:00", None), ((0, 1, 2, 3), "12:00", "16:30", 1),
                ((0, 1, 2, 3), "18:50", "21:30", 0)],
        "offeve": [((4, 5, 6), "18:00", "23:00", None), ((0, 1, 2, 3), "19:00", "21:30", 0)],
        "wkend": [((5, 6), "09:00", "21:00", None)],
        "sun": [((6,), "09:00", "18:00", None)],
    },
    "blackouts": [(date(2018, 6, 8), date(2018, 6, 10)), (date(2018, 9, 13), date(2018, 9, 22)),
                  (date(2019, 5, 17), date(2019, 5, 19)), (date(2019, 8, 10), date(2019, 10, 27)),
                  (date(2019, 12, 20), date(2020, 1, 5))],
    "owner": {"name": "Jess Halloran", "first": "Jess", "last": "Halloran", "pronoun": "her",
              "camera": [("Apple", "iPhone 6s"), ("Apple", "iPhone 8")], "switch": date(2018, 11, 1)},
    "ips": ["203.0.113.17", "203.0.113.88", "198.51.100.140"],
    "people": {
        "mia": ("Mia Zhou", "miazhou_8Hc2kQ1xZw"), "daniel": ("Daniel Wexford", "danielwexford_Rt5pL0aVbN"),
        "tom": ("Tom Hartigan", "tomhartigan_Q2wE9rTy7U"), "ellie": ("Ellie Park", "elliepark_Zx8Cv3Bn6M"),
        "richard": ("Richard Cole", "richardcole_Lk4Jh7Gf2D"), "mum": ("Karen Halloran", "karenhalloran_Pq1Wo9Ei8R"),
        "bec": ("Bec Nguyen", "becnguyen_As3Df5Gh1J"), "lachlan": ("Lachlan Pryce", "lachlanpryce_Yu6Ti2Or4P"),
        "bikes": ("Red Centre Bikes", "redcentrebikes_Mn7Bv5Cx3Z"),
    },
    "profile": {
        "name": {"full_name": "Jess Halloran", "first_name": "Jess", "middle_name": "", "last_name": "Halloran"},
        "emails": {"emails": ["jess.halloran@example.com"], "previous_emails": [], "pending_emails": [],
                   "ad_account_emails": []},
        "birthday": {"year": 1990, "month": 4, "day": 12},
        "gender": {"gender_option": "FEMALE"},
        "previous_names": [], "other_names": [],
        "current_city": {"name": "Mulga Springs, Northern Territory, Australia", "timestamp": 1499070120},
        "hometown": {"name": "Adelaide, South Australia", "timestamp": 1341800000},
        "relationship": {"status": "In a relationship", "partner": "Matt Kerrigan", "timestamp": 1563000000},
        "family_members": [{"name": "Karen Halloran", "relation": "Mother", "timestamp": 1341800000},
                           {"name": "Liam Halloran", "relation": "Brother", "timestamp": 1341800000}],
        "education_experiences": [{"name": "Flinders University", "start_timestamp": 1230768000,
                                   "end_timestamp": 1356998400, "graduated": True,
                                   "concentrations": ["International Studies"], "school_type": "College",
                                   "timestamp": 1341800000}],
        "work_experiences": [],
        "blood_info": {"blood_donor_status": "registered"},
        "websites": [], "phone_numbers": [],
        "registration_timestamp": 1238544000,
        "profile_uri": "https://www.facebook.com/jess.halloran.902",
    },
    "timeline_by_others": [
        (datetime(2018, 4, 12, 9, 3, 11, tzinfo=UTC), "Bec Nguyen", "Happy birthday you legend!! Drinks on you tonight 🎉"),
        (datetime(2019, 4, 11, 22, 40, 5, tzinfo=UTC), "Karen Halloran", "Happy birthday to my beautiful girl, love Mum xxx"),
        (datetime(2020, 4, 12, 0, 15, 48, tzinfo=UTC), "Matt Kerrigan", "Happy birthday Jess ❤️ iso birthday but still the best"),
    ],
    "contacts": [
        {"handle": "mia.zhou", "name": "Mia Zhou", "suspicious": True, "id": None},
        {"handle": "daniel.wexford", "name": "Daniel Wexford", "suspicious": True, "id": None},
        {"handle": "tom.hartigan", "name": "Tom Hartigan", "suspicious": True, "id": None},
        {"handle": "ellie.park", "name": "Ellie Park", "suspicious": True, "id": None},
        {"handle": "richard.cole", "name": "Richard Cole", "suspicious": True, "id": None},
        {"handle": "karen.halloran", "name": "Karen Halloran", "suspicious": False, "id": None},
        {"handle": "bec.nguyen", "name": "Bec Nguyen", "suspicious": False, "id": None},
        {"handle": "lachlan.pryce", "name": "Lachlan Pryce", "suspicious": False, "id": None},
        {"handle": "redcentrebikes", "name": "Red Centre Bikes", "suspicious": False, "id": None},
    ],
}

P3 = {
    "key": "p3-instagram-flyingservice", "platform": "instagram", "tz": "Asia/Hong_Kong",
    "span": (date(2019, 6, 3), date(2021, 12, 15)), "export": datetime(2022, 1, 8, 16, 2, 51),
    "person": "梁浩賢 (Jason Leung)", "language": "Hong Kong Cantonese (Traditional) mixed with English",
    "unit": ["政府空中救援處", "空中救援處", "空救處", "Government Air Rescue Service", "GARS"],
    "role": "飛機工程師 (licensed aircraft engineer)", "role_en": "licensed aircraft engineer",
    "watch_role": "aircraft engineer",
    "office_name": "政府空中救援處機庫（赤鱲角）",
    "places": {
        "office": (22.3012, 113.9424, 90, "政府空中救援處機庫", ""),
        "home": (22.2868, 113.9402, 40, "", ""),
        "r1": (22.2905, 113.9337, 40, "東涌文東路體育館", ""),
        "r2": (22.3712, 114.1140, 35, "荃灣福來酒樓", ""),
        "cheungchau": (22.2098, 114.0291, 60, "", ""),
        "osaka_dotonbori": (34.6687, 135.5013, 40, "", ""),
        "osaka_usj": (34.6654, 135.4323, 60, "", ""),
        "kyoto_fushimi": (34.9671, 135.7727, 60, "", ""),
        "kyoto_arashiyama": (35.0094, 135.6668, 50, "", ""),
        "nara_park": (34.6851, 135.8430, 60, "", ""),
        "lionrock": (22.3523, 114.1870, 80, "", ""),
        "taipo_kau": (22.4270, 114.1800, 100, "", ""),
        "saikung_sharp": (22.3950, 114.3640, 60, "", ""),
        "tailongwan": (22.4090, 114.3880, 80, "", ""),
        "peak": (22.2710, 114.1500, 50, "", ""),
        "plover_cove": (22.4720, 114.2380, 100, "", ""),
        "lamma": (22.2270, 114.1120, 80, "", ""),
        "puio": (22.2400, 113.9780, 60, "", ""),
        "wutong_shan": (22.4330, 114.1250, 60, "", ""),
    },
    "routine_places": {"r1": "Wednesdays 19:40-21:50, badminton at the sports centre",
                       "r2": "Saturdays 10:10-12:40, family yum cha in Tsuen Wan"},
    "routines": ["weekday hangar hours 08:30-17:45", "one standby week a month (24 h, back at the hangar within 30 min)",
                 "Wednesday night badminton in Tung Chung", "Saturday yum cha with his parents in Tsuen Wan"],
    "work_slots": ("work", "lunch", "workend"),
    "slots": {
        "work": [((0, 1, 2, 3, 4), "08:40", "12:20", None), ((0, 1, 2, 3, 4), "13:50", "17:40", None)],
        "lunch": [((0, 1, 2, 3, 4), "12:25", "13:40", None)],
        "workend": [((0, 1, 2, 3, 4), "17:05", "17:45", None)],
        "r1": [((2,), "19:40", "21:50", None)],
        "r2": [((5,), "10:10", "12:40", None)],
        "eve": [((0, 1, 2, 3, 4, 5, 6), "19:30", "23:50", None)],
        "day": [((0, 1, 2, 3, 4, 5, 6), "10:00", "22:00", None)],
        "wkend": [((5, 6), "10:00", "20:00", None)],
    },
    "blackouts": [(date(2019, 12, 19), date(2019, 12, 27))],
    "owner": {"name": "Jason Leung 梁浩賢", "username": "hoyin.leung",
              "device": "D3F1A9C2-5B7E-4C8A-9E21-6A0B7F3C4D12", "software": ["12.3.1", "13.5.1", "14.4.2"],
              "profile": {"Email": "jason.leung.hy@example.com", "Phone Number": "+85255501234",
                          "Username": "hoyin.leung", "Name": "Jason Leung 梁浩賢", "Bio": "🔧 | 🏸 | 🥟 | 東涌仔",
                          "Gender": "male", "Date of birth": "1993-03-18", "Website": "", "Private Account": "False"}},
    "people": {
        "planespotter": ("HK Spotter Leo", "hk.spotter.leo"),
        "aeroconsult": ("Michael Tan | Aero Consult Asia", "aeroconsult.asia"),
        "kellysky": ("Kelly Lam", "kelly_skyphoto"),
        "defencewatch": ("Asia Defence Watch", "asia.defence.watch"),
        "headhunter": ("Richard Ho", "richard.ho.talent"),
        "weiming": ("魏明", "weiming_research"),
        "cherry": ("Cherry Wong", "cherry.wkl"),
        "mami": ("梁太", "mamaleung_1962"),
        "ahfai": ("阿輝", "ahfai_badminton"),
        "modelkit": ("Model Kit HK", "modelkit.hk"),
        "skyline": ("Grace | Skyline Recruitment", "skyline.recruit.grace"),
    },
    "contacts": [
        {"handle": "hk.spotter.leo", "name": "HK Spotter Leo", "suspicious": True, "id": None},
        {"handle": "aeroconsult.asia", "name": "Michael Tan | Aero Consult Asia", "suspicious": True, "id": None},
        {"handle": "kelly_skyphoto", "name": "Kelly Lam", "suspicious": True, "id": None},
        {"handle": "asia.defence.watch", "name": "Asia Defence Watch", "suspicious": True, "id": None},
        {"handle": "richard.ho.talent", "name": "Richard Ho", "suspicious": True, "id": None},
        {"handle": "weiming_research", "name": "魏明", "suspicious": True, "id": None},
        {"handle": "cherry.wkl", "name": "Cherry Wong", "suspicious": False, "id": None},
        {"handle": "mamaleung_1962", "name": "梁太", "suspicious": False, "id": None},
        {"handle": "ahfai_badminton", "name": "阿輝", "suspicious": False, "id": None},
        {"handle": "modelkit.hk", "name": "Model Kit HK", "suspicious": False, "id": None},
        {"handle": "skyline.recruit.grace", "name": "Grace | Skyline Recruitment", "suspicious": False, "id": None},
    ],
}

P4 = {
    "key": "p4-x-missilelab", "platform": "x", "tz": "Asia/Kolkata",
    "span": (date(2016, 8, 4), date(2019, 6, 20)), "export": datetime(2019, 7, 2, 10, 21, 7),
    "person": "Rohit Varma", "language": "Indian English with Hinglish",
    "unit": ["Rocket Propulsion Development Laboratory", "RPDL"],
    "role": "propulsion test engineer", "role_en": "propulsion test engineer (Scientist 'C')",
    "watch_role": "propulsion test engineer",
    "office_name": "Rocket Propulsion Development Laboratory (RPDL) main campus",
    "places": {
        # key: (lat, lon, jitter m, name, city key)
        "office": (17.2836, 78.5631, 150, "RPDL Campus", "hyd"),
        "home": (17.3690, 78.5265, 40, "", "hyd"),
        "r1": (17.3485, 78.5555, 60, "LB Nagar Cricket Ground", "hyd"),
        "r2": (17.3655, 78.5435, 35, "Kothapet Indoor Badminton Court", "hyd"),
        "goa_baga": (15.5553, 73.7517, 60, "", "calangute"),
        "goa_aguada": (15.4920, 73.7737, 60, "", "candolim"),
        "goa_panjim": (15.4989, 73.8278, 60, "", "panaji"),
        "goa_palolem": (15.0100, 74.0230, 60, "", "canacona"),
        "vijayawada": (16.5062, 80.6480, 60, "", "vijayawada"),
        "vizag_rk": (17.7140, 83.3235, 60, "", "vizag"),
        "aero_india": (13.1357, 77.6069, 150, "", "bengaluru"),
        "shar_gallery": (13.7199, 80.2304, 100, "", "sriharikota"),
        "golconda": (17.3833, 78.4011, 60, "", "hyd"),
        "necklace_road": (17.4239, 78.4738, 80, "", "hyd"),
        "inorbit": (17.4346, 78.3866, 60, "", "hyd"),
    },
    "cities": {
        "hyd": ("Hyderabad", "Hyderabad, India", 17.3850, 78.4867, 0.19),
        "calangute": ("Calangute", "Calangute, India", 15.5439, 73.7553, 0.04),
        "candolim": ("Candolim", "Candolim, India", 15.5180, 73.7627, 0.04),
        "panaji": ("Panaji", "Panaji, India", 15.4909, 73.8278, 0.05),
        "canacona": ("Canacona", "Canacona, India", 15.0100, 74.0500, 0.08),
        "vijayawada": ("Vijayawada", "Vijayawada, India", 16.5062, 80.6480, 0.09),
        "vizag": ("Visakhapatnam", "Visakhapatnam, India", 17.6868, 83.2185, 0.15),
        "bengaluru": ("Bengaluru", "Bengaluru, India", 12.9716, 77.5946, 0.25),
        "sriharikota": ("Sriharikota", "Sriharikota, India", 13.7199, 80.2304, 0.10),
    },
    "routine_places": {"r1": "Saturdays 06:30-09:30, cricket at the LB Nagar ground",
                       "r2": "Thursdays 19:00-21:30, badminton at the Kothapet indoor court"},
    "routines": ["office hours Monday-Friday 09:30-17:30 at the RPDL campus",
                 "staff bus from Dilsukhnagar at 07:45", "dawn firing slots during test campaigns",
                 "Saturday morning cricket, Thursday evening badminton"],
    "work_slots": ("work", "lunch"),
    "slots": {
        "work": [((0, 1, 2, 3, 4), "09:35", "12:55", None), ((0, 1, 2, 3, 4), "14:05", "17:25", None)],
        "lunch": [((0, 1, 2, 3, 4), "13:00", "14:00", None)],
        "morn": [((0, 1, 2, 3, 4), "06:30", "08:40", None)],
        "r1": [((5,), "06:30", "09:30", None)],
        "r2": [((3,), "19:00", "21:30", None)],
        "eve": [((0, 1, 2, 3, 4, 5, 6), "19:00", "23:45", None)],
        "day": [((0, 1, 2, 3, 4, 5, 6), "10:00", "22:30", None)],
        "wkend": [((5, 6), "10:00", "21:00", None)],
        "sun": [((6,), "10:00", "20:00", None)],
        "fri": [((4,), "19:30", "23:30", None)],
    },
    "blackouts": [(date(2017, 12, 22), date(2017, 12, 29)), (date(2018, 2, 15), date(2018, 2, 18)),
                  (date(2018, 11, 9), date(2018, 11, 12)), (date(2019, 2, 22), date(2019, 2, 24)),
                  (date(2019, 3, 31), date(2019, 4, 2))],
    "owner": {"id": "760142735012478976", "username": "rohitv_hyd", "name": "Rohit Varma",
              "email": "rohit.varma89@example.com", "phone": "+917000012345", "created": "2016-08-02T16:05:31.000Z",
              "timezone": "New Delhi",
              "bio": "Mech engg, NIT Warangal '14 | cricket, chai, biryani | views personal",
              "location": "Hyderabad, India"},
    "people": {
        "kavya": ("kavya_travels", "903318214430740480", "Kavya R"),
        "defence_insight": ("defence_insight_uk", "2814067390", "Defence Insight"),
        "priya_hr": ("priya_hr_global", "987221064523149312", "Priya Sharma"),
        "journo_rk": ("journo_rk", "1147782301", "Rakesh K"),
        "aeropal": ("aero_pal_sg", "1098820345512263680", "Aerospace Pal"),
        "vikram": ("vikram_varma", "3160442398", "Vikram Varma"),
        "sai": ("sai_nitw", "2243671906", "Sai Kiran"),
        "cycle": ("hyd_cycle_hub", "889012447821389824", "Hyd Cycle Hub"),
        "ananya": ("ananya_talentbridge", "1024433187701346304", "Ananya Iyer"),
    },
}
P4["contacts"] = [{"handle": h, "name": n, "suspicious": k in ("kavya", "defence_insight", "priya_hr", "journo_rk", "aeropal"),
                   "id": i} for k, (h, i, n) in P4["people"].items()]

PERSONAS = [P1, P2, P3, P4]


# ----------------------------------------------------------------------------------------- content
class Line:
    __slots__ = ("no", "when", "labels", "geo", "kind", "text", "author", "dt", "gps", "post", "extra")


def parse_content(path):
    out = []
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in raw.split(" | ", 4)]
        if len(parts) != 5:
            raise SystemExit(f"{path.name}:{no}: expected 5 fields: {raw!r}")
        ln = Line()
        ln.no, ln.when, lab, ln.geo, ln.kind, text = no, parts[0], parts[1], parts[2], parts[3], parts[4]
        ln.text = "" if text == "~" else text.replace("\\n", "\n")
        ln.author = None
        if lab.startswith("@"):
            ln.author, ln.labels = lab[1:], []
        else:
            ln.labels = [] if lab == "-" else sorted(x.strip() for x in lab.split(","))
            for x in ln.labels:
                if x not in CATS:
                    raise SystemExit(f"{path.name}:{no}: bad label {x}")
        ln.post = ln.author is None
        ln.extra = {}
        out.append(ln)
    return out


def hm(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


class Scheduler:
    def __init__(self, P, rng):
        self.P, self.rng, self.tz = P, rng, ZoneInfo(P["tz"])
        self.taken = []

    def blocked(self, d):
        return any(a <= d <= b for a, b in self.P["blackouts"])

    def days(self, lo, hi):
        d = lo
        while d <= hi:
            yield d
            d += timedelta(days=1)

    def clause_ok(self, clause, d):
        dows, _, _, parity = clause
        if d.weekday() not in dows:
            return False
        if parity is not None and d.isocalendar()[1] % 2 != parity:
            return False
        return True

    def free(self, dt):
        return all(abs((dt - t).total_seconds()) > 240 for t in self.taken)

    def pick(self, slot, lo, hi, allow_blocked=False):
        clauses = self.P["slots"][slot]
        cands = [(d, c) for d in self.days(lo, hi) for c in clauses
                 if self.clause_ok(c, d) and (allow_blocked or not self.blocked(d))]
        if not cands:
            raise SystemExit(f"{self.P['key']}: no day for slot {slot} in {lo}..{hi}")
        for _ in range(200):
            d, (_, a, b, _) = self.rng.choice(cands)
            minute = self.rng.randint(hm(a), hm(b) - 1)
            local = datetime.combine(d, time(0, 0)) + timedelta(minutes=minute, seconds=self.rng.randint(0, 59))
            dt = local.replace(tzinfo=self.tz).astimezone(UTC)
            if self.free(dt):
                return dt
        raise SystemExit(f"{self.P['key']}: could not place slot {slot}")

    def resolve(self, lines):
        lo, hi = self.P["span"]
        prev = None
        for ln in lines:
            w = ln.when
            m = re.fullmatch(r"\+(\d+)([smhd])", w)
            if m:
                n = int(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]
                dt = prev + timedelta(seconds=n + self.rng.randint(3, 50))
            elif w.startswith("@"):
                m = re.fullmatch(r"@(\d{4})-(\d\d)-(\d\d)(?: (\d\d):(\d\d))?", w)
                if not m:
                    raise SystemExit(f"line {ln.no}: bad when {w}")
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if m.group(4):
                    local = datetime.combine(d, time(int(m.group(4)), int(m.group(5)), self.rng.randint(0, 59)))
                else:
                    local = datetime.combine(d, time(0)) + timedelta(
                        minutes=self.rng.randint(hm("09:30"), hm("21:30")), seconds=self.rng.randint(0, 59))
                dt = local.replace(tzinfo=self.tz).astimezone(UTC)
            else:
                slot, _, rest = w.partition("@")
                exact = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)", rest)
                if exact:
                    y, mo, da, hh, mi = (int(x) for x in exact.groups())
                    local = datetime(y, mo, da, hh, mi, self.rng.randint(0, 59))
                    dt = local.replace(tzinfo=self.tz).astimezone(UTC)
                elif rest:
                    parts = [int(x) for x in rest.split("-")]
                    if len(parts) == 2:
                        a = date(parts[0], parts[1], 1)
                        b = (a + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                    else:
                        a = b = date(*parts)
                    a, b = max(a, lo), min(b, hi)
                    dt = self.pick(slot, a, b, allow_blocked=len(parts) == 3)
                else:
                    dt = self.pick(slot, lo, hi)
                if slot not in self.P["slots"]:
                    raise SystemExit(f"line {ln.no}: unknown slot {slot}")
                ln.extra["slot"] = slot
            ln.dt = dt
            self.taken.append(dt)
            prev = dt
        posts = [ln for ln in lines if ln.post]
        seen = {}
        for ln in posts:
            k = int(ln.dt.timestamp())
            if k in seen:
                raise SystemExit(f"{self.P['key']}: duplicate second at lines {seen[k]} and {ln.no}")
            seen[k] = ln.no


def local(P, dt):
    return dt.astimezone(ZoneInfo(P["tz"]))


def assign_gps(P, lines, rng):
    for ln in lines:
        ln.gps = None
        if ln.geo == "-":
            continue
        place, _, mode = ln.geo.partition(":")
        if place not in P["places"]:
            raise SystemExit(f"{P['key']} line {ln.no}: unknown place {place}")
        lat, lon, rad = P["places"][place][:3]
        ln.gps = jitter(rng, lat, lon, rad)
        ln.extra["place"], ln.extra["mode"] = place, mode


def geo_rules(P, lines):
    """The labelling rules for geotags; raises on any violation."""
    pl = P["places"]
    sens = {k: pl[k] for k in ("office", "home", *P["routine_places"])}
    errs = []
    for ln in lines:
        if not ln.post:
            continue
        labs = set(ln.labels)
        place = ln.extra.get("place")
        if place is None:
            if "home" in labs:
                errs.append(f"line {ln.no}: home label without a home geotag")
            continue
        lat, lon = ln.gps
        d = {k: metres(lat, lon, v[0], v[1]) for k, v in sens.items()}
        if d["office"] <= 300 and "location" not in labs:
            errs.append(f"line {ln.no}: office geotag without location")
        if (d["home"] <= 300) != ("home" in labs):
            errs.append(f"line {ln.no}: home label/geotag mismatch")
        for r in P["routine_places"]:
            if d[r] <= 300 and "routine" not in labs:
                errs.append(f"line {ln.no}: routine place without routine")
        if place not in sens:
            if min(d.values()) <= 5000:
                errs.append(f"line {ln.no}: benign geotag within 5 km of {min(d, key=d.get)}")
            if labs & {"location", "routine", "home"}:
                errs.append(f"line {ln.no}: benign geotag labelled {labs}")
        if place == "office":
            loc = local(P, ln.dt)
            in_work = ln.extra.get("slot") in P["work_slots"]
            if in_work != ("routine" in labs):
                errs.append(f"line {ln.no}: office geotag routine={'routine' in labs} but work-slot={in_work} ({loc})")
    for r, desc in P["routine_places"].items():
        pts = [ln for ln in lines if ln.post and ln.extra.get("place") == r]
        locs = [local(P, ln.dt) for ln in pts]
        if len(locs) < 4:
            errs.append(f"routine place {r} has only {len(locs)} posts")
            continue
        if len({t.weekday() for t in locs}) != 1:
            errs.append(f"routine place {r}: several weekdays")
        mins = [t.hour * 60 + t.minute for t in locs]
        if max(mins) - min(mins) > 240:
            errs.append(f"routine place {r}: window {max(mins) - min(mins)} min")
    benign = [ln for ln in lines if ln.post and ln.extra.get("place") and ln.extra["place"] not in sens]
    for i, a in enumerate(benign):
        for b in benign[i + 1:]:
            if metres(*a.gps, *b.gps) < 1000 and abs((a.dt - b.dt).days) > 7:
                errs.append(f"benign geotags recur: lines {a.no} and {b.no}")
    if errs:
        raise SystemExit(P["key"] + ":\n  " + "\n  ".join(errs))


# ----------------------------------------------------------------------------------------- JPEG + EXIF
def _huff_codes(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_BITS = [1] + [0] * 15          # a table holding only EOB: every block is flat
AC_VALS = [0]
DC_CODES = _huff_codes(DC_BITS, DC_VALS)
AC_CODES = _huff_codes(AC_BITS, AC_VALS)


def _seg(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def make_jpeg(width, height, top, bottom, app1=None):
    """Baseline YCbCr 4:4:4 JPEG made of flat 8x8 blocks: a vertical gradient from `top` to `bottom` (RGB)."""
    q = bytes([1] * 64)
    out = bytearray(b"\xff\xd8")
    out += _seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    if app1:
        out += _seg(0xE1, app1)
    out += _seg(0xDB, b"\x00" + q)
    out += _seg(0xC0, struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00")
    for cls_id, bits, vals in ((0x00, DC_BITS, DC_VALS), (0x10, AC_BITS, AC_VALS)):
        out += _seg(0xC4, bytes([cls_id]) + bytes(bits) + bytes(vals))
    out += _seg(0xDA, b"\x03\x01\x00\x02\x00\x03\x00\x00\x3f\x00")
    acc, nbits, data = 0, 0, bytearray()

    def put(code, length):
        nonlocal acc, nbits
        acc = (acc << length) | code
        nbits += length
        while nbits >= 8:
            byte = (acc >> (nbits - 8)) & 0xFF
            data.append(byte)
            if byte == 0xFF:
                data.append(0)
            nbits -= 8
            acc &= (1 << nbits) - 1

    prev = [0, 0, 0]
    bw, bh = width // 8, height // 8
    for by in range(bh):
        f = by / max(1, bh - 1)
        for bx in range(bw):
            g = 0.06 * math.sin(bx * 0.9 + by * 0.5)
            r, gg, b = (min(255, max(0, top[i] + (bottom[i] - top[i]) * f + 255 * g)) for i in range(3))
            y = 0.299 * r + 0.587 * gg + 0.114 * b
            cb = 128 - 0.168736 * r - 0.331264 * gg + 0.5 * b
            cr = 128 + 0.5 * r - 0.418688 * gg - 0.081312 * b
            for c, v in enumerate((y, cb, cr)):
                dc = int(round((v - 128) * 8))
                diff = dc - prev[c]
                prev[c] = dc
                mag = abs(diff)
                cat = mag.bit_length()
                code, length = DC_CODES[cat]
                put(code, length)
                if cat:
                    put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
                put(*AC_CODES[0])
    if nbits:
        put((1 << (8 - nbits)) - 1, 8 - nbits)
    out += data + b"\xff\xd9"
    return bytes(out)


def _rat(v, den):
    return struct.pack(">II", int(round(v * den)), den)


def _dms(x):
    x = abs(x)
    d = int(x)
    m = int((x - d) * 60)
    s = (x - d - m / 60) * 3600
    return d, m, s


def exif_app1(make, model, local_dt, offset, gps=None, utc_dt=None):
    """A big-endian TIFF/EXIF block with IFD0, the Exif IFD and (optionally) a GPS IFD."""
    def ifd(entries, start):
        # entries: (tag, type, count, value bytes); returns (ifd bytes, data bytes) laid out from `start`
        n = len(entries)
        data_off = start + 2 + 12 * n + 4
        head, data = bytearray(struct.pack(">H", n)), bytearray()
        for tag, typ, count, val in sorted(entries):
            if len(val) <= 4:
                head += struct.pack(">HHI", tag, typ, count) + val.ljust(4, b"\x00")
            else:
                head += struct.pack(">HHII", tag, typ, count, data_off + len(data))
                data += val
                if len(data) % 2:
                    data += b"\x00"
        head += b"\x00\x00\x00\x00"
        return bytes(head), bytes(data)

    def asc(s):
        b = s.encode("ascii") + b"\x00"
        return (2, len(b), b)

    stamp = local_dt.strftime("%Y:%m:%d %H:%M:%S")
    base0 = [(0x010F, *asc(make)), (0x0110, *asc(model)), (0x0112, 3, 1, struct.pack(">H", 1)),
             (0x0132, *asc(stamp))]
    exif_entries = [(0x9003, *asc(stamp)), (0x9004, *asc(stamp)), (0x9011, *asc(offset))]
    gps_entries = None
    if gps:
        lat, lon = gps
        la, lo = _dms(lat), _dms(lon)
        gps_entries = [
            (0x0000, 1, 4, bytes([2, 2, 0, 0])),
            (0x0001, *asc("N" if lat >= 0 else "S")),
            (0x0002, 5, 3, _rat(la[0], 1) + _rat(la[1], 1) + _rat(la[2], 10000)),
            (0x0003, *asc("E" if lon >= 0 else "W")),
            (0x0004, 5, 3, _rat(lo[0], 1) + _rat(lo[1], 1) + _rat(lo[2], 10000)),
            (0x0007, 5, 3, _rat(utc_dt.hour, 1) + _rat(utc_dt.minute, 1) + _rat(utc_dt.second, 1)),
            (0x001D, *asc(utc_dt.strftime("%Y:%m:%d"))),
        ]
    # two passes: sizes first, then offsets
    n0 = len(base0) + 1 + (1 if gps_entries else 0)
    probe0, pdata0 = ifd(base0 + [(0x8769, 4, 1, b"\0\0\0\0")] + ([(0x8825, 4, 1, b"\0\0\0\0")] if gps_entries else []), 8)
    exif_off = 8 + len(probe0) + len(pdata0)
    probe1, pdata1 = ifd(exif_entries, exif_off)
    gps_off = exif_off + len(probe1) + len(pdata1)
    e0 = base0 + [(0x8769, 4, 1, struct.pack(">I", exif_off))]
    if gps_entries:
        e0.append((0x8825, 4, 1, struct.pack(">I", gps_off)))
    i0, d0 = ifd(e0, 8)
    assert len(i0) + len(d0) == len(probe0) + len(pdata0) and n0 == len(e0)
    i1, d1 = ifd(exif_entries, exif_off)
    tiff = b"MM\x00\x2a\x00\x00\x00\x08" + i0 + d0 + i1 + d1
    if gps_entries:
        i2, d2 = ifd(gps_entries, gps_off)
        tiff += i2 + d2
    return b"Exif\x00\x00" + tiff


PALETTES = {
    "office": [((150, 170, 190), (40, 70, 100)), ((200, 140, 90), (50, 60, 90)), ((180, 185, 190), (90, 100, 110))],
    "home": [((230, 210, 180), (120, 90, 60)), ((240, 230, 220), (160, 140, 120))],
    "r": [((170, 190, 210), (90, 90, 80)), ((210, 200, 170), (80, 70, 60))],
    "other": [((120, 170, 230), (60, 110, 60)), ((250, 200, 120), (120, 60, 40)), ((90, 120, 170), (20, 30, 50))],
}


def photo_bytes(rng, place, exif=None):
    kind = place if place in ("office", "home") else ("r" if place and place.startswith("r") and len(place) == 2 else "other")
    top, bottom = rng.choice(PALETTES[kind])
    top = tuple(max(0, min(255, c + rng.randint(-20, 20))) for c in top)
    w, h = rng.choice([(128, 96), (96, 128), (128, 72)])
    return make_jpeg(w, h, top, bottom, exif), w, h


# ----------------------------------------------------------------------------------------- output helpers
def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_zip(path, files, when):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, files[name])
    path.write_bytes(buf.getvalue())


def label_post(ln, created, native_id, text, geo=None, photo_gps=None):
    return {"created_at": iso_z(created), "native_id": str(native_id), "labels": list(ln.labels), "text": text,
            "geo": None if geo is None else {"lat": geo[0], "lon": geo[1]},
            "photo_gps": None if photo_gps is None else {"lat": photo_gps[0], "lon": photo_gps[1]}}


def mojibake(obj):
    """Meta's export encoding: every string is UTF-8 whose bytes are written as \\u00XX escapes."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {mojibake(k): mojibake(v) for k, v in obj.items()}
    return obj


def meta_json(obj):
    return json.dumps(mojibake(obj), ensure_ascii=True, indent=2).encode("ascii")


# ----------------------------------------------------------------------------------------- Telegram
TG_NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"


def tg_entities(text):
    """Splits text into Telegram Desktop text parts: plain strings and entity objects."""
    pat = re.compile(r"\*\*(.+?)\*\*|(https?://[^\s]+)|(#[^\s#，。！？,.!?:：]+)|(@[A-Za-z0-9_]{4,})")
    parts, pos = [], 0
    for m in pat.finditer(text):
        if m.start() > pos:
            parts.append(("plain", text[pos:m.start()]))
        if m.group(1):
            parts.append(("bold", m.group(1)))
        elif m.group(2):
            parts.append(("link", m.group(2)))
        elif m.group(3):
            parts.append(("hashtag", m.group(3)))
        else:
            parts.append(("mention", m.group(4)))
        pos = m.end()
    if pos < len(text):
        parts.append(("plain", text[pos:]))
    plain_text = "".join(t for _, t in parts)
    if all(k == "plain" for k, _ in parts):
        value = text
    else:
        value = [t if k == "plain" else {"type": k, "text": t} for k, t in parts]
    ents = [{"type": k, "text": t} for k, t in parts]
    return value, ents, plain_text


def build_telegram(P, lines, rng):
    tz = ZoneInfo(P["tz"])
    me = P["owner"]
    chats = P["chats"]
    files, labels = {}, []
    root = P["export_dir"] + "/"
    by_chat = {c["key"]: [] for c in chats}
    for ln in lines:
        if ln.kind.rstrip("^").split("+")[0] not in by_chat:
            raise SystemExit(f"line {ln.no}: unknown chat {ln.kind}")
        by_chat[ln.kind.rstrip("^").split("+")[0]].append(ln)
    people = P["people"]
    ctype = {c["key"]: c["type"] for c in chats}
    # private chats and saved messages share one account-wide message counter, in time order
    events = [(ln.dt, 0, ln.no, ln) for ln in lines
              if ctype[ln.kind.rstrip("^").split("+")[0]] in ("personal_chat", "saved_messages", "private_group")]
    for c in chats:
        for extra in c.get("service", []):
            events.append((extra["dt"], 1, 0, extra))
    global_id, gid = 20311, {}
    for ev in sorted(events, key=lambda e: e[:3]):
        global_id += rng.randint(1, 37)
        gid[id(ev[3])] = global_id
    out_chats = []
    for idx, c in enumerate(chats, 1):
        msgs = sorted(by_chat[c["key"]], key=lambda l: l.dt)
        chat_dir = f"chats/chat_{idx:03d}"
        seq = c.get("first_id", 1)
        jm, photo_n, last_id = [], 0, None
        if c["type"] in ("private_channel", "public_channel", "private_supergroup") and c.get("owner_created"):
            first = min(m.dt for m in msgs) - timedelta(days=2, minutes=17)
            jm.append({"id": seq, "type": "service", "date": first.astimezone(tz).strftime("%Y-%m-%dT%H:%M:%S"),
                       "date_unixtime": str(int(first.timestamp())), "actor": c["name"], "actor_id": f"channel{c['id']}",
                       "action": "create_channel", "title": c["name"], "text": "", "text_entities": []})
        for ln in msgs:
            if c["type"] in ("personal_chat", "saved_messages", "private_group"):
                mid = gid[id(ln)]
            else:
                seq += 1 if c["type"].endswith("channel") else rng.randint(1, 23)
                mid = seq
            m = {"id": mid, "type": "message", "date": ln.dt.astimezone(tz).strftime("%Y-%m-%dT%H:%M:%S"),
                 "date_unixtime": str(int(ln.dt.timestamp()))}
            if ln.post and ln.text and ln.extra.get("mode") is None and rng.random() < 0.05:
                ed = ln.dt + timedelta(seconds=rng.randint(40, 400))
                m["edited"] = ed.astimezone(tz).strftime("%Y-%m-%dT%H:%M:%S")
                m["edited_unixtime"] = str(int(ed.timestamp()))
            if ln.author:
                if c["type"].endswith("channel"):
                    m["from"], m["from_id"] = c["name"], f"channel{c['id']}"
                else:
                    pk = ln.author.split(":", 1)[1] if ":" in ln.author else c["peer"]
                    m["from"], m["from_id"] = people[pk]["name"], f"user{people[pk]['id']}"
            elif c["type"].endswith("channel"):
                m["from"], m["from_id"], m["author"] = c["name"], f"channel{c['id']}", me["display"]
            else:
                m["from"], m["from_id"] = me["display"], f"user{me['id']}"
            if ln.kind.endswith("^") and last_id:
                m["reply_to_message_id"] = last_id
            mode = ln.extra.get("mode")
            photo_gps = geo = None
            if "+photo" in ln.kind or mode in ("photo", "file"):
                photo_n += 1
                loc_dt = ln.dt.astimezone(tz)
                shot = ln.dt - timedelta(seconds=rng.randint(20, 900))
                app1 = exif_app1(me["camera"][0], me["camera"][1], shot.astimezone(tz), me["offset"],
                                 ln.gps if mode in ("photo", "file") else None, shot.astimezone(UTC))
                # Telegram re-encodes ordinary photos; the owner's phone app sent these "with original quality"
                jpg, w, h = photo_bytes(rng, ln.extra.get("place"), app1)
                if mode == "file":
                    name = f"IMG_{shot.astimezone(tz).strftime('%Y%m%d_%H%M%S')}.jpg"
                    rel = f"{chat_dir}/files/{name}"
                    m["file"] = rel
                    m["file_name"] = name
                    m["mime_type"] = "image/jpeg"
                    m["width"], m["height"] = w, h
                else:
                    rel = f"{chat_dir}/photos/photo_{photo_n}@{loc_dt.strftime('%d-%m-%Y_%H-%M-%S')}.jpg"
                    m["photo"] = rel
                    m["width"], m["height"] = w, h
                files[root + rel] = jpg
                if mode in ("photo", "file"):
                    photo_gps = ln.gps
            elif mode == "loc":
                m["location_information"] = {"latitude": ln.gps[0], "longitude": ln.gps[1]}
                geo = ln.gps
            elif mode == "venue":
                place = P["places"][ln.extra["place"]]
                m["place_name"] = place[3]
                m["address"] = place[4]
                m["location_information"] = {"latitude": ln.gps[0], "longitude": ln.gps[1]}
                geo = ln.gps
            elif mode:
                raise SystemExit(f"line {ln.no}: bad telegram geo mode {mode}")
            value, ents, plain = tg_entities(ln.text)
            m["text"], m["text_entities"] = value, ents
            jm.append(m)
            last_id = mid
            if ln.post:
                labels.append(label_post(ln, ln.dt, f"{c['id']}/{mid}", plain, geo, photo_gps))
        chat = {}
        if c["type"] != "saved_messages":
            chat["name"] = c["name"]
        chat["type"] = c["type"]
        chat["id"] = c["id"]
        for extra in c.get("service", []):
            when = extra["dt"]
            jm.append({"id": gid[id(extra)], "type": "service", "date": when.astimezone(tz).strftime("%Y-%m-%dT%H:%M:%S"),
                       "date_unixtime": str(int(when.timestamp())), "actor": me["display"], "actor_id": f"user{me['id']}",
                       "action": "phone_call", "duration_seconds": extra["duration"], "discard_reason": "hangup",
                       "text": "", "text_entities": []})
        jm.sort(key=lambda x: (int(x["date_unixtime"]), x["id"]))
        chat["messages"] = jm
        out_chats.append(chat)
    exp = P["export"].replace(tzinfo=tz)
    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data "
                 "or share it with third parties. Data that has been used for ad targeting: none.",
        "personal_information": {"user_id": me["id"], "first_name": me["first"], "last_name": me["last"],
                                 "phone_number": me["phone"], "username": me["username"], "bio": me["bio"]},
        "profile_pictures": [{"date": "2021-03-15T21:05:40", "date_unixtime": "1615813540",
                              "photo": "profile_pictures/photo_1@15-03-2021_21-05-40.jpg"}],
        "contacts": {"about": "This is your contact list.", "list": [
            {"user_id": people[k]["id"], "first_name": people[k]["name"], "last_name": "",
             "phone_number": people[k]["phone"], "date": people[k]["added"].strftime("%Y-%m-%dT%H:%M:%S"),
             "date_unixtime": str(int(people[k]["added"].replace(tzinfo=tz).timestamp()))}
            for k in sorted(people, key=lambda k: people[k]["added"]) if people[k].get("contact")]},
        "frequent_contacts": {"about": "This is a list of people and chats you communicate with most often.",
                              "list": [{"id": people[k]["id"], "category": "people", "type": "user",
                                        "name": people[k]["name"], "rating": r}
                                       for k, r in P["frequent"]]},
        "sessions": {"about": "We store this to display your connected devices in Settings > Privacy & Security > "
                              "Active Sessions.", "list": P["sessions"]},
        "web_sessions": {"about": "We store this to display you the connected websites in Settings > Privacy & "
                                  "Security > Active Sessions.", "list": []},
        "other_data": {"about": "This contains some other data we store about you.", "changes_log": [], "help": []},
        "chats": {"about": "This page lists all chats from this export.", "list": out_chats},
        "left_chats": {"about": "This page lists all supergroups and channels from this export that you've left.",
                       "list": []},
    }
    files[root + "profile_pictures/photo_1@15-03-2021_21-05-40.jpg"] = make_jpeg(96, 96, (90, 140, 200), (20, 40, 80))
    files[root + "result.json"] = json.dumps(result, ensure_ascii=False, indent=1).encode("utf-8")
    files[root + "export_results.html"] = (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>Exported Data</title></head>"
        "<body><div class=\"page_header\">Exported Data</div></body></html>\n").encode()
    return files, labels


# ----------------------------------------------------------------------------------------- Facebook (2018-2020 layout)
def digits(rng, n):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def build_facebook(P, lines, rng):
    me = P["owner"]
    name, pron = me["name"], me["pronoun"]
    tz = ZoneInfo(P["tz"])
    files, labels, posts, album = {}, [], [], []
    album_dir = "posts/media/MobileUploads_" + "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    for ln in [l for l in lines if l.post]:
        ts = int(ln.dt.timestamp())
        kind, _, tag = ln.kind.partition("+with=")
        mode = ln.extra.get("mode")
        post = {"timestamp": ts}
        attachments, geo, pgps = [], None, None
        native = f"post:{ts}"
        if kind == "photo" or mode == "photo":
            fbid = digits(rng, 17)
            native = fbid
            uri = f"{album_dir}/{digits(rng, 8)}_{fbid}_{digits(rng, 19)}_n_{fbid}.jpg"
            shot = ln.dt - timedelta(seconds=rng.randint(30, 1800))
            make, model = me["camera"][0 if ln.dt.date() < me["switch"] else 1]
            exif = {"upload_ip": rng.choice(P["ips"]), "taken_timestamp": int(shot.timestamp()),
                    "modified_timestamp": int(shot.timestamp()), "camera_make": make, "camera_model": model,
                    "exposure": rng.choice(["1/120", "1/60", "1/250", "1/1000"]), "focal_length": "3.99",
                    "f_stop": "1.8", "iso_speed": rng.choice([20, 25, 32, 50, 100, 400]), "orientation": 1,
                    "original_width": 4032, "original_height": 3024}
            if mode == "photo":
                exif["latitude"], exif["longitude"] = ln.gps
                pgps = ln.gps
            media = {"uri": uri, "creation_timestamp": ts,
                     "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
                     "title": "Mobile Uploads", "description": ln.text}
            jpg, _, _ = photo_bytes(rng, ln.extra.get("place"))
            files[uri] = jpg
            attachments.append({"data": [{"media": media}]})
            album.append(media)
            post["title"] = f"{name} added a new photo."
        elif mode == "checkin":
            pl = P["places"][ln.extra["place"]]
            attachments.append({"data": [{"place": {
                "name": pl[3], "coordinate": {"latitude": ln.gps[0], "longitude": ln.gps[1]}, "address": pl[4],
                "url": f"https://www.facebook.com/pages/{pl[3].replace(' ', '-').replace(',', '')}/{digits(rng, 15)}"}}]})
            geo = ln.gps
            post["title"] = f"{name} was at {pl[3]}."
        elif kind.startswith("link="):
            attachments.append({"data": [{"external_context": {"url": kind[5:]}}]})
            post["title"] = f"{name} shared a link."
        elif kind == "status":
            post["title"] = f"{name} updated {pron} status."
        else:
            raise SystemExit(f"line {ln.no}: bad facebook kind {ln.kind}")
        if attachments:
            post["attachments"] = attachments
        data = []
        if ln.text:
            data.append({"post": ln.text})
        if rng.random() < 0.08:
            data.append({"update_timestamp": ts + rng.randint(60, 3000)})
        post["data"] = data
        if tag:
            post["tags"] = [{"name": tag}]
        order = ["timestamp", "attachments", "data", "title", "tags"]
        posts.append({k: post[k] for k in order if k in post})
        labels.append(label_post(ln, ln.dt, native, ln.text, geo, pgps))
    posts.sort(key=lambda p: -p["timestamp"])
    files["posts/your_posts_1.json"] = meta_json(posts)
    others = [{"timestamp": int(dt.timestamp()), "data": [{"post": txt}],
               "title": f"{who} wrote on {name}'s timeline."} for dt, who, txt in P["timeline_by_others"]]
    files["posts/other_people's_posts_to_your_timeline.json"] = meta_json(sorted(others, key=lambda p: -p["timestamp"]))
    album.sort(key=lambda m: -m["creation_timestamp"])
    files["photos_and_videos/album/0.json"] = meta_json({
        "name": "Mobile Uploads", "photos": album, "cover_photo": album[0],
        "last_modified_timestamp": album[0]["creation_timestamp"], "description": ""})
    # Messenger
    threads = {}
    for ln in lines:
        if ln.kind.startswith("dm:"):
            threads.setdefault(ln.kind[3:], []).append(ln)
    for key, msgs in sorted(threads.items()):
        other, slug = P["people"][key]
        msgs.sort(key=lambda l: l.dt, reverse=True)
        path = f"messages/inbox/{slug}"
        files[f"{path}/message_1.json"] = meta_json({
            "participants": [{"name": other}, {"name": name}],
            "messages": [{"sender_name": name if l.author == "me" else other,
                          "timestamp_ms": int(l.dt.timestamp()) * 1000 + rng.randint(0, 999),
                          "content": l.text, "type": "Generic"} for l in msgs],
            "title": other, "is_still_participant": True, "thread_type": "Regular", "thread_path": f"inbox/{slug}"})
    files["profile_information/profile_information.json"] = meta_json({"profile": P["profile"]})
    files["index.html"] = b"<html><head><title>Jess Halloran</title></head><body>Your Information</body></html>\n"
    return files, labels

# ----------------------------------------------------------------------------------------- Instagram (2019-2021 layout)
def build_instagram(P, lines, rng):
    me = P["owner"]
    tz = ZoneInfo(P["tz"])
    files, labels, posts, stories = {}, [], [], []

    def media_item(ln, folder, title, gps, k):
        ts = int(ln.dt.timestamp())
        igid = "1" + digits(rng, 16)
        uri = f"media/{folder}/{ln.dt.astimezone(tz).strftime('%Y%m')}/{digits(rng, 9)}_{digits(rng, 15)}_{digits(rng, 19)}_n_{igid}.jpg"
        shot = ln.dt - timedelta(seconds=rng.randint(60, 2400) + 40 * k)
        year = ln.dt.year
        exif = {"date_time_digitized": shot.astimezone(tz).strftime("%Y:%m:%d %H:%M:%S"),
                "date_time_original": shot.astimezone(tz).strftime("%Y:%m:%d %H:%M:%S"),
                "software": me["software"][min(2, year - 2019)], "device_id": me["device"],
                "source_type": "camera", "camera_position": "back", "scene_type": 1}
        if gps:
            exif["latitude"], exif["longitude"] = gps
        jpg, _, _ = photo_bytes(rng, ln.extra.get("place"))
        files[uri] = jpg
        return igid, {"uri": uri, "creation_timestamp": ts,
                      "media_metadata": {"photo_metadata": {"exif_data": [exif]}}, "title": title}

    for ln in [l for l in lines if l.post]:
        ts = int(ln.dt.timestamp())
        gps = ln.gps if ln.extra.get("mode") == "photo" else None
        if ln.extra.get("mode") not in (None, "photo"):
            raise SystemExit(f"line {ln.no}: instagram supports photo GPS only")
        if ln.kind == "post":
            igid, m = media_item(ln, "posts", ln.text, gps, 0)
            posts.append({"media": [m]})
        elif ln.kind.startswith("carousel:"):
            n = int(ln.kind.split(":")[1])
            items = [media_item(ln, "posts", "", gps, k) for k in range(n)]
            igid = items[0][0]
            posts.append({"media": [m for _, m in items], "title": ln.text, "creation_timestamp": ts})
        elif ln.kind == "story":
            igid, m = media_item(ln, "stories", ln.text, gps, 0)
            stories.append(m)
        else:
            raise SystemExit(f"line {ln.no}: bad instagram kind {ln.kind}")
        labels.append(label_post(ln, ln.dt, igid, ln.text, None, gps))
    posts.sort(key=lambda p: -(p.get("creation_timestamp") or p["media"][0]["creation_timestamp"]))
    stories.sort(key=lambda m: -m["creation_timestamp"])
    files["content/posts_1.json"] = meta_json(posts)
    files["content/stories.json"] = meta_json({"ig_stories": stories})
    prof_uri = "media/profile/201906/" + digits(rng, 9) + "_" + digits(rng, 15) + "_" + digits(rng, 19) + "_n.jpg"
    files[prof_uri] = make_jpeg(96, 96, (200, 200, 210), (60, 70, 90))
    smd = {k: {"href": "", "value": v, "timestamp": 0} for k, v in me["profile"].items()}
    files["account_information/personal_information.json"] = meta_json({"profile_user": [{
        "title": "", "media_map_data": {"Profile Photo": {"uri": prof_uri, "creation_timestamp": 1559480000, "title": ""}},
        "string_map_data": smd}]})
    threads = {}
    for ln in lines:
        if ln.kind.startswith("dm:"):
            threads.setdefault(ln.kind[3:], []).append(ln)
    for key, msgs in sorted(threads.items()):
        other, user = P["people"][key]
        msgs.sort(key=lambda l: l.dt, reverse=True)
        slug = f"{user.replace('.', '').replace('_', '')}_{digits(rng, 10)}"
        files[f"messages/inbox/{slug}/message_1.json"] = meta_json({
            "participants": [{"name": other}, {"name": me["name"]}],
            "messages": [{"sender_name": me["name"] if l.author == "me" else other,
                          "timestamp_ms": int(l.dt.timestamp()) * 1000 + rng.randint(0, 999),
                          "content": l.text, "is_geoblocked_for_viewer": False} for l in msgs],
            "title": other, "is_still_participant": True, "thread_type": "Regular", "thread_path": f"inbox/{slug}"})
    files["index.html"] = b"<html><head><title>Your Information</title></head><body>Instagram</body></html>\n"
    return files, labels

# ----------------------------------------------------------------------------------------- X (2019 single-file layout)
def jackson(v, ind=0):
    """Pretty printer in the style of Twitter's archive files (Jackson DefaultPrettyPrinter)."""
    pad = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "{ }"
        items = [f'{pad}  {json.dumps(k, ensure_ascii=False)} : {jackson(x, ind + 1)}' for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if not v:
            return "[ ]"
        return "[ " + ", ".join(jackson(x, ind) for x in v) + " ]"
    return json.dumps(v, ensure_ascii=False)


def ytd(name, arr):
    return (f"window.YTD.{name}.part0 = " + jackson(arr)).encode("utf-8")


def snowflake(dt, rng):
    ms = int(dt.timestamp() * 1000) + rng.randint(0, 999)
    return str(((ms - 1288834974657) << 22) | (rng.randint(0, 1023) << 12) | rng.randint(0, 4095))


def tw_place(P, key, poi=None):
    name, full, lat, lon, half = P["cities"][key]
    if poi:
        name, full, lat, lon, half = poi[0], poi[0], poi[1], poi[2], 0.0012
    pid = hashlib.sha1(full.encode()).hexdigest()[:16]
    box = [[f"{lon - half:.6f}", f"{lat - half:.6f}"], [f"{lon + half:.6f}", f"{lat - half:.6f}"],
           [f"{lon + half:.6f}", f"{lat + half:.6f}"], [f"{lon - half:.6f}", f"{lat + half:.6f}"]]
    return {"id": pid, "url": f"https://api.twitter.com/1.1/geo/id/{pid}.json",
            "place_type": "poi" if poi else "city", "name": name, "full_name": full,
            "country_code": "IN", "country": "India", "contained_within": [],
            "bounding_box": {"type": "Polygon", "coordinates": [box]}, "attributes": {}}


def tco(rng):
    return "https://t.co/" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(10))


def build_x(P, lines, rng):
    me = P["owner"]
    handles = {h: (i, n) for h, i, n in P["people"].values()}
    files, labels, tweets = {}, [], []
    for ln in [l for l in lines if l.post]:
        tid = snowflake(ln.dt, rng)
        text = ln.text
        ents = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
        for m in re.finditer(r"#(\w+)", text):
            ents["hashtags"].append({"text": m.group(1), "indices": [str(m.start()), str(m.end())]})
        for m in re.finditer(r"@(\w+)", text):
            uid, uname = handles[m.group(1)]
            ents["user_mentions"].append({"name": uname, "screen_name": m.group(1),
                                          "indices": [str(m.start()), str(m.end())], "id_str": uid, "id": uid})
        start = 0
        t = {"retweeted": False,
             "source": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
             "entities": ents}
        full = text
        media = None
        if ln.kind == "photo":
            url = tco(rng)
            mid = snowflake(ln.dt - timedelta(seconds=rng.randint(5, 60)), rng)
            base = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(15))
            full = text + " " + url
            media = {"expanded_url": f"https://twitter.com/{me['username']}/status/{tid}/photo/1",
                     "indices": [str(len(text) + 1), str(len(full))], "url": url,
                     "media_url": f"http://pbs.twimg.com/media/{base}.jpg", "id_str": mid, "id": mid,
                     "media_url_https": f"https://pbs.twimg.com/media/{base}.jpg",
                     "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"},
                               "medium": {"w": "1200", "h": "900", "resize": "fit"},
                               "small": {"w": "680", "h": "510", "resize": "fit"},
                               "large": {"w": "2048", "h": "1536", "resize": "fit"}},
                     "type": "photo", "display_url": "pic.twitter.com/" + url.rsplit("/", 1)[1]}
            ents["media"] = [media]
            jpg, _, _ = photo_bytes(rng, ln.extra.get("place"))
            files[f"data/tweet_media/{tid}-{base}.jpg"] = jpg
        if ln.kind.startswith("reply:"):
            who = ln.kind.split(":", 1)[1]
            start = len(who) + 2
        t["display_text_range"] = [str(start), str(len(text))]
        t["favorite_count"] = str(rng.choice([0, 0, 1, 1, 2, 3, 5, 8, 13]))
        if ln.kind.startswith("reply:"):
            who = ln.kind.split(":", 1)[1]
            uid, _ = handles[who]
            parent = snowflake(ln.dt - timedelta(minutes=rng.randint(5, 300)), rng)
            t["in_reply_to_status_id_str"] = parent
        t["id_str"] = tid
        if ln.kind.startswith("reply:"):
            t["in_reply_to_user_id"] = uid
        t["truncated"] = False
        t["retweet_count"] = str(rng.choice([0, 0, 0, 1, 2]))
        t["id"] = tid
        if ln.kind.startswith("reply:"):
            t["in_reply_to_status_id"] = parent
        t["created_at"] = ln.dt.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")
        t["favorited"] = False
        t["full_text"] = html.escape(full, quote=False)
        t["lang"] = "en"
        if ln.kind.startswith("reply:"):
            t["in_reply_to_screen_name"] = who
            t["in_reply_to_user_id_str"] = uid
        geo = None
        mode = ln.extra.get("mode")
        if mode == "coord":
            lat, lon = ln.gps
            t["coordinates"] = {"type": "Point", "coordinates": [f"{lon:.6f}", f"{lat:.6f}"]}
            t["geo"] = {"type": "Point", "coordinates": [f"{lat:.6f}", f"{lon:.6f}"]}
            t["place"] = tw_place(P, P["places"][ln.extra["place"]][4])
            geo = ln.gps
        elif mode == "poi":
            pl = P["places"][ln.extra["place"]]
            ln.gps = (pl[0], pl[1])
            t["place"] = tw_place(P, pl[4], poi=(pl[3], pl[0], pl[1]))
            geo = ln.gps
        elif mode:
            raise SystemExit(f"line {ln.no}: bad x geo mode {mode}")
        if media:
            t["possibly_sensitive"] = False
            t["extended_entities"] = {"media": [dict(media)]}
        tweets.append(t)
        labels.append(label_post(ln, ln.dt, tid, full, geo, None))
    tweets.sort(key=lambda t: -int(t["id"]))
    files["data/tweet.js"] = ytd("tweet", tweets)
    acct = {"account": {"phoneNumber": me["phone"], "email": me["email"], "createdVia": "android",
                        "username": me["username"], "accountId": me["id"], "createdAt": me["created"],
                        "accountDisplayName": me["name"]}}
    files["data/account.js"] = ytd("account", [acct])
    files["data/account-timezone.js"] = ytd("account_timezone", [{"accountTimezone": {"accountId": me["id"],
                                                                                        "timeZone": me["timezone"]}}])
    files["data/profile.js"] = ytd("profile", [{"profile": {
        "description": {"bio": me["bio"], "website": "", "location": me["location"]},
        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1013440177012137984/Xq3bN0Yh.jpg"}}])
    convs = {}
    for ln in lines:
        if ln.kind.startswith("dm:"):
            convs.setdefault(ln.kind[3:], []).append(ln)
    dms = []
    for key in sorted(convs):
        h, uid, _ = P["people"][key]
        a, b = sorted([me["id"], uid], key=int)
        msgs = []
        for ln in sorted(convs[key], key=lambda l: l.dt, reverse=True):
            mine = ln.author == "me"
            msgs.append({"messageCreate": {
                "recipientId": uid if mine else me["id"], "urls": [], "text": html.escape(ln.text, quote=False),
                "mediaUrls": [], "senderId": me["id"] if mine else uid, "id": snowflake(ln.dt, rng),
                "createdAt": ln.dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"}})
        dms.append({"dmConversation": {"conversationId": f"{a}-{b}", "messages": msgs}})
    files["data/direct-message.js"] = ytd("direct_message", dms)
    files["data/direct-message-group.js"] = ytd("direct_message_group", [])
    files["data/follower.js"] = ytd("follower", [{"follower": {"accountId": i}} for _, i, _ in P["people"].values()
                                                 if i in (P["people"]["vikram"][1], P["people"]["sai"][1])])
    files["data/following.js"] = ytd("following", [{"following": {"accountId": i}} for i in
                                                   (P["people"]["vikram"][1], P["people"]["sai"][1], "428333")])
    files["Your archive.html"] = (b"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Your Twitter Data"
                                  b"</title></head><body><div id=\"root\"></div></body></html>\n")
    return files, labels

# ----------------------------------------------------------------------------------------- driver
BUILDERS = {"telegram": build_telegram, "facebook": build_facebook, "instagram": build_instagram, "x": build_x}


def write_persona(P):
    rng = random.Random(f"{SEED}/{P['key']}")
    lines = parse_content(HERE / "content" / f"{P['key']}.txt")
    Scheduler(P, rng).resolve(lines)
    assign_gps(P, lines, rng)
    geo_rules(P, lines)
    files, posts = BUILDERS[P["platform"]](P, lines, rng)
    posts.sort(key=lambda p: p["created_at"])
    pl = P["places"]
    labels = {
        "persona": P["key"], "platform": P["platform"], "archive": f"{P['key']}.zip", "timezone": P["tz"],
        "truth": {
            "unit": P["unit"], "role": P["role"],
            "office": {"lat": pl["office"][0], "lon": pl["office"][1], "name": P["office_name"]},
            "home": {"lat": pl["home"][0], "lon": pl["home"][1]},
            "routine_places": [{"name": pl[k][3], "lat": pl[k][0], "lon": pl[k][1], "when": v}
                               for k, v in P["routine_places"].items()],
            "routines": P["routines"],
        },
        "contacts": P["contacts"],
        "posts": posts,
    }
    write_zip(HERE / f"{P['key']}.zip", files, P["export"])
    (HERE / f"{P['key']}.labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
    office = pl["office"]
    toml = [f"# What {P['person']}'s security officer knows must not be revealed.",
            f'timezone = "{P["tz"]}"', "", "[[unit]]", f'name = "{P["unit"][0]}"',
            "aliases = [" + ", ".join(f'"{a}"' for a in P["unit"][1:]) + "]", "", "[[role]]",
            f'name = "{P["watch_role"]}"', "", "[[site]]", f'name = "{P["office_name"]}"',
            f"lat = {office[0]}", f"lon = {office[1]}", "radius_m = 300", ""]
    (HERE / f"{P['key']}.watchlist.toml").write_text("\n".join(toml), encoding="utf-8")
    n_rev = sum(1 for p in posts if set(p["labels"]) - {"home"})
    print(f"{P['key']}: {len(posts)} posts, {n_rev} revealing ({n_rev / len(posts):.0%}), "
          f"{sum(1 for p in posts if p['geo'])} geotags, {sum(1 for p in posts if p['photo_gps'])} photos with GPS, "
          f"{len(P['contacts'])} contacts ({sum(1 for c in P['contacts'] if c['suspicious'])} suspicious)")


def main(argv):
    only = set(argv[1:])
    for P in PERSONAS:
        if not only or P["key"] in only:
            write_persona(P)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
