#!/usr/bin/env python3
"""Builds the blind17 personas from content/KEY.txt.

For every persona KEY this writes, next to this script (or into --out DIR):
  KEY.zip             the archive as the platform ships it
  KEY.labels.json     the truth, same keys and shapes as the dev labels
  KEY.watchlist.toml  what the security officer would write down

Python 3 stdlib only, no network. Seeded per persona; rerunning gives
byte-identical files (sorted zip entries, one fixed timestamp per archive).
Helpers (KEY parser, time conversion, jitter, Meta printer, JPEG stub, zip
writer) are reused from blind16; the builders are new or reworked for the
layouts chosen here: Facebook 2024+ (`your_facebook_activity/`, posts split
over _1/_2, check-ins.json, message_requests), LinkedIn 2018 (UTF-16LE TAB
Shares.csv, UTF-8 comma CSVs elsewhere), a Telegram Desktop personal export
with media left out, and a Mastodon archive re-zipped inside its folder with
local-storage media paths.
"""
import csv
import hashlib
import io
import json
import math
import os
import random
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["p1-facebook-bunker", "p2-linkedin-arrestinggear", "p3-telegram-degaussing", "p4-mastodon-hyperbaric"]
JITTER_M = {"office": 90, "home": 25, "routine": 45, "trip": 250, "work": 250, "other": 45}
MULTI = {"chat", "member", "mention", "field", "position", "connection", "article", "education", "skill",
         "tagged", "language"}
UTC = timezone.utc
EXACT_MODES = {"venue", "place"}            # a venue / POI / check-in: the place's own fixed point
JITTER_MODES = {"gps", "pin", "live"}       # a phone's GPS fix: jittered around the place


# --------------------------------------------------------------------------- KEY.txt

def parse_key(path):
    meta, places, contacts, posts, dms, others, boosts = {}, {}, {}, [], [], [], []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("@place "):
                parts = [p.strip() for p in line[len("@place "):].split("|")]
                key, kind, lat, lon, name = parts[:5]
                if key in places:
                    raise SystemExit(f"{path}:{lineno}: duplicate place {key}")
                places[key] = {
                    "key": key, "kind": kind, "lat": float(lat), "lon": float(lon), "name": name,
                    "address": parts[5] if len(parts) > 5 else "",
                    "schedule": parts[6] if len(parts) > 6 else "",
                }
                continue
            if line.startswith("@contact "):
                parts = [p.strip() for p in line[len("@contact "):].split("|")]
                handle, name, cid, susp = parts[:4]
                contacts[handle] = {"handle": handle, "name": name,
                                    "id": None if cid == "-" else cid,
                                    "suspicious": susp == "yes", "order": len(contacts),
                                    "extra": parts[4:]}
                continue
            if line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                if k in MULTI:
                    meta.setdefault(k, []).append(v.strip())
                else:
                    meta[k] = v.strip()
                continue
            parts = line.rstrip().split(" | ", 4)
            if len(parts) == 4 and line.rstrip().endswith(" |"):
                parts = line.rstrip()[:-2].split(" | ", 3) + [""]
            if len(parts) != 5:
                raise SystemExit(f"{path}:{lineno}: expected 5 fields: {line!r}")
            when, labels, geo, kind, text = [p.strip() for p in parts]
            text = text.replace("\\n", "\n")
            local = datetime.strptime(when, "%Y-%m-%d %H:%M")
            if labels == "dm":
                dms.append({"local": local, "handle": geo, "dir": kind, "text": text, "line": lineno})
                continue
            if labels == "other":
                others.append({"local": local, "chat": geo, "member": kind, "text": text, "line": lineno})
                continue
            if labels == "boost":
                boosts.append({"local": local, "uri": text, "line": lineno})
                continue
            labs = [] if labels == "-" else sorted(set(labels.split(",")))
            posts.append({"local": local, "labels": labs, "geo": None if geo == "-" else geo,
                          "kind": kind, "text": text, "line": lineno})
    return {"meta": meta, "places": places, "contacts": contacts, "posts": posts, "dms": dms,
            "others": others, "boosts": boosts}


def jitter(rng, lat, lon, radius_m):
    d = radius_m * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = d * math.cos(a) / 111_320.0
    dlon = d * math.sin(a) / (111_320.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def to_utc(local_naive, tz):
    aware = local_naive.replace(tzinfo=tz)
    back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if back != local_naive:
        raise SystemExit(f"non-existent local time {local_naive} in {tz}")
    if aware.replace(fold=1).utcoffset() != aware.utcoffset():
        raise SystemExit(f"ambiguous local time {local_naive} in {tz}")
    return aware.astimezone(UTC)


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def prepare(doc, seed):
    """Seconds, UTC time and geo points for every post and message, in file order.

    A post's geo field is '-' or '+'-joined specs MODE:KEY (venue/place = the place's own point,
    gps/pin/live = a phone fix jittered around the place)."""
    rng = random.Random(seed)
    tz = ZoneInfo(doc["meta"]["timezone"])
    for p in doc["posts"]:
        p["local"] = p["local"].replace(second=rng.randrange(60))
        p["utc"] = to_utc(p["local"], tz)
        p["ts"] = int(p["utc"].timestamp())
        p["specs"] = []
        for spec_ in (p["geo"] or "").split("+"):
            if not spec_:
                continue
            mode, _, key = spec_.partition(":")
            if key not in doc["places"]:
                raise SystemExit(f"line {p['line']}: unknown place {key}")
            place = doc["places"][key]
            if mode in EXACT_MODES:
                point = (place["lat"], place["lon"])
            elif mode in JITTER_MODES:
                point = jitter(rng, place["lat"], place["lon"], JITTER_M[place["kind"]])
            else:
                raise SystemExit(f"line {p['line']}: unknown geo mode {mode}")
            p["specs"].append({"mode": mode, "place": place, "point": point})
    for m in doc["dms"] + doc["others"] + doc["boosts"]:
        m["local"] = m["local"].replace(second=rng.randrange(60))
        m["utc"] = to_utc(m["local"], tz)
        m["ts"] = int(m["utc"].timestamp())
    seen = {}
    for p in doc["posts"] + doc["dms"] + doc["others"] + doc["boosts"]:
        if p["ts"] in seen:
            raise SystemExit(f"two messages at the same second: lines {seen[p['ts']]} and {p['line']}")
        seen[p["ts"]] = p["line"]
    return rng


def spec(p, *modes):
    for s in p["specs"]:
        if s["mode"] in modes:
            return s
    return None


# --------------------------------------------------------------------------- helpers

def mojibake(s):
    """Meta's export bug: UTF-8 bytes written as \\u00XX escapes."""
    return s.encode("utf-8").decode("latin-1")


def meta_json(o, ind=0):
    """Meta's pretty printer: 2-space indent, '": "', empty containers hold a blank line."""
    sp = " " * ind
    if isinstance(o, dict):
        if not o:
            return "{\n" + sp + "  \n" + sp + "}"
        items = [sp + "  " + json.dumps(mojibake(k)) + ": " + meta_json(v, ind + 2) for k, v in o.items()]
        return "{\n" + ",\n".join(items) + "\n" + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[\n" + sp + "  \n" + sp + "]"
        items = [sp + "  " + meta_json(v, ind + 2) for v in o]
        return "[\n" + ",\n".join(items) + "\n" + sp + "]"
    if isinstance(o, str):
        return json.dumps(mojibake(o))
    return json.dumps(o)


# ---- JPEG: tiny valid baseline JFIF, 16x16 grey, no EXIF -------------------

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
AC_BITS = [1] + [0] * 15
AC_VALS = [0x00]  # only end-of-block
DC_CODES = _huff_codes(DC_BITS, DC_VALS)
AC_CODES = _huff_codes(AC_BITS, AC_VALS)


def make_jpeg(rng, w=16, h=16):
    def seg(marker, payload):
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
    out = bytearray(b"\xff\xd8")
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += seg(0xDB, bytes([0x00]) + bytes([8] * 64))
    out += seg(0xC0, bytes([8]) + h.to_bytes(2, "big") + w.to_bytes(2, "big") + bytes([1, 1, 0x11, 0]))
    out += seg(0xC4, bytes([0x00]) + bytes(DC_BITS) + bytes(DC_VALS))
    out += seg(0xC4, bytes([0x10]) + bytes(AC_BITS) + bytes(AC_VALS))
    out += seg(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
    bits = []

    def put(value, n):
        for i in range(n - 1, -1, -1):
            bits.append((value >> i) & 1)
    prev = 0
    for _ in range((w // 8) * (h // 8)):
        dc = rng.randint(-60, 60)
        diff, prev = dc - prev, dc
        cat = abs(diff).bit_length()
        code, ln = DC_CODES[cat]
        put(code, ln)
        if cat:
            put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
        code, ln = AC_CODES[0x00]
        put(code, ln)
    while len(bits) % 8:
        bits.append(1)
    for i in range(0, len(bits), 8):
        byte = int("".join(map(str, bits[i:i + 8])), 2)
        out.append(byte)
        if byte == 0xFF:
            out.append(0x00)
    out += b"\xff\xd9"
    return bytes(out)


def write_zip(path, files, stamp):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 3
            data = files[name]
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def label_post(p, native_id, text, geo=None, photo=None):
    return {
        "created_at": iso_z(p["utc"]),
        "native_id": str(native_id),
        "labels": p["labels"],
        "text": text,
        "geo": None if geo is None else {"lat": geo[0], "lon": geo[1]},
        "photo_gps": None if photo is None else {"lat": photo[0], "lon": photo[1]},
    }


def owner(doc):
    user, name, uid = [x.strip() for x in doc["meta"]["owner"].split("|")]
    return user, name, uid


def dm_threads(doc):
    threads = {}
    for m in doc["dms"]:
        threads.setdefault(m["handle"], []).append(m)
    for h in threads:
        if h not in doc["contacts"]:
            raise SystemExit(f"DM with unknown contact {h}")
        threads[h].sort(key=lambda m: m["ts"])
    return threads


def unescape_nl(s):
    return s.replace("\\n", "\n")


def ts_of(day, tzname, hh=12):
    """Epoch seconds of a local calendar day (YYYY-MM-DD) at hh:00."""
    d = datetime.strptime(day, "%Y-%m-%d").replace(hour=hh, tzinfo=ZoneInfo(tzname))
    return int(d.timestamp())


TCO = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"




# --------------------------------------------------------------------------- Telegram Desktop (result.json)

TG_TOKEN = re.compile(r"\*\*(.+?)\*\*|(https?://[^\s，。）)]+)|(?<![\w@])(#[\w\u4e00-\u9fff]+)|(?<![\w])(@[A-Za-z]\w{3,31})")
TG_NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"


def tg_text(s):
    """KEY text -> (plain text, export 'text' value, text_entities). **x** marks bold."""
    parts, pos = [], 0
    for mm in TG_TOKEN.finditer(s):
        if mm.start() > pos:
            parts.append(("plain", s[pos:mm.start()]))
        if mm.group(1) is not None:
            parts.append(("bold", mm.group(1)))
        elif mm.group(2) is not None:
            parts.append(("link", mm.group(2)))
        elif mm.group(3) is not None:
            parts.append(("hashtag", mm.group(3)))
        else:
            parts.append(("mention", mm.group(4)))
        pos = mm.end()
    if pos < len(s):
        parts.append(("plain", s[pos:]))
    full = "".join(t for _, t in parts)
    ents = [{"type": k, "text": t} for k, t in parts]
    if all(k == "plain" for k, _ in parts):
        return full, full, ents
    return full, [t if k == "plain" else {"type": k, "text": t} for k, t in parts], ents


def tg_local(ts, tz):
    return datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%dT%H:%M:%S")


def build_telegram(doc, rng, persona):
    """A personal export: personal chats, private groups and Saved Messages, JSON only, media left out
    (every photo / video / voice message carries the '(File not included. …)' placeholder)."""
    user, name, uid = owner(doc)
    m = doc["meta"]
    tz = ZoneInfo(m["timezone"])
    files, labels = {}, []
    chats = {}
    for line in m["chat"]:
        key, ctype, cid, cname = [x.strip() for x in line.split("|")]
        chats[key] = {"key": key, "type": ctype, "id": int(cid), "name": cname, "items": []}
    members = {}
    for line in m.get("member", []):
        key, mname, mid = [x.strip() for x in line.split("|")]
        members[key] = (mname, mid)
    for p in doc["posts"]:
        chat, _, kind = p["kind"].partition("/")
        if chat not in chats:
            raise SystemExit(f"line {p['line']}: unknown chat {chat}")
        chats[chat]["items"].append(("post", p, kind))
    for o in doc["others"]:
        chat, _, kind = o["chat"].partition("/")
        chats[chat]["items"].append(("other", o, kind))
    for h, msgs in dm_threads(doc).items():
        c = doc["contacts"][h]
        key = "dm:" + h
        chats[key] = {"key": key, "type": "personal_chat", "id": int(c["id"][4:]), "name": c["name"],
                      "items": [("dm", x, "") for x in msgs]}
    for c in chats.values():
        c["items"].sort(key=lambda x: x[1]["ts"])
        c["last"] = c["items"][-1][1]["ts"]
    order = sorted(chats.values(), key=lambda c: -c["last"])
    owner_from = f"user{uid}"
    out_chats = []
    for c in order:
        msgs = []
        mid = rng.randint(2, 40)
        for what, x, kind in c["items"]:
            mid += rng.choice([1, 1, 1, 2, 3])
            msg = {"id": mid, "type": "message", "date": tg_local(x["ts"], tz), "date_unixtime": str(x["ts"])}
            mods = kind.split(",") if kind else []
            if what == "post" and rng.random() < 0.06 and not x["specs"]:
                ed = x["ts"] + rng.randint(40, 3000)
                msg["edited"] = tg_local(ed, tz)
                msg["edited_unixtime"] = str(ed)
            if what == "other":
                mname, mid_ = members[x["member"]]
                msg["from"], msg["from_id"] = mname, f"user{mid_}"
            elif what == "dm":
                cc = doc["contacts"][x["handle"]]
                if x["dir"] == "out":
                    msg["from"], msg["from_id"] = name, owner_from
                else:
                    msg["from"], msg["from_id"] = cc["name"], cc["id"]
            else:
                msg["from"], msg["from_id"] = name, owner_from
            for mod in mods:
                if mod.startswith("fwd:"):
                    msg["forwarded_from"] = mod[4:]
                elif mod.startswith("saved:"):
                    msg["forwarded_from"] = mod[6:]
                    msg["saved_from"] = mod[6:]
                elif mod == "reply":
                    msg["reply_to_message_id"] = msgs[-1]["id"]
            text = x["text"]
            if what == "post" and x["specs"]:
                s = x["specs"][0]
                pl = s["place"]
                if s["mode"] == "venue":
                    msg["place_name"] = pl["name"]
                    msg["address"] = pl["address"]
                msg["location_information"] = {"latitude": s["point"][0], "longitude": s["point"][1]}
                if s["mode"] == "live":
                    msg["live_location_period_seconds"] = rng.choice([900, 3600, 28800])
                want = f"{pl['name']}\n{pl['address']}" if s["mode"] == "venue" else "(location)"
                if text != want:
                    raise SystemExit(f"line {x['line']}: location message text must read {want!r}")
                msg["text"], msg["text_entities"] = "", []
                msgs.append(msg)
                labels.append(label_post(x, f"{c['id']}:{mid}", text, geo=s["point"]))
                continue
            if "photo" in mods:
                msg["photo"] = TG_NOT_INCLUDED
                msg["width"], msg["height"] = rng.choice([(1280, 960), (960, 1280), (1280, 720), (1080, 1440)])
            if "video" in mods:
                msg["file"] = TG_NOT_INCLUDED
                msg["thumbnail"] = TG_NOT_INCLUDED
                msg["media_type"] = "video_file"
                msg["mime_type"] = "video/mp4"
                msg["duration_seconds"] = rng.randint(6, 58)
                msg["width"], msg["height"] = 1280, 720
            if "voice" in mods:
                msg["file"] = TG_NOT_INCLUDED
                msg["media_type"] = "voice_message"
                msg["mime_type"] = "audio/ogg"
                msg["duration_seconds"] = rng.randint(3, 40)
            if "sticker" in mods:
                msg["file"] = TG_NOT_INCLUDED
                msg["thumbnail"] = TG_NOT_INCLUDED
                msg["media_type"] = "sticker"
                msg["sticker_emoji"] = text
                msg["width"], msg["height"] = 512, 512
                text = ""
            full, tval, ents = tg_text(text)
            msg["text"], msg["text_entities"] = tval, ents
            msgs.append(msg)
            if what == "post":
                if not full:
                    raise SystemExit(f"line {x['line']}: an owner post needs text")
                labels.append(label_post(x, f"{c['id']}:{mid}", full))
        chat = {}
        if c["type"] != "saved_messages":
            chat["name"] = c["name"]
        chat["type"] = c["type"]
        chat["id"] = c["id"]
        if c["type"] in ("private_group", "private_supergroup"):
            first = c["items"][0][1]["ts"] - rng.randint(86400, 86400 * 40)
            creator_key = m.get("creator_" + c["key"])
            if creator_key:
                actor, actor_id = members[creator_key][0], f"user{members[creator_key][1]}"
            else:
                actor, actor_id = name, owner_from
            svc = {"id": 1, "type": "service", "date": tg_local(first, tz), "date_unixtime": str(first),
                   "actor": actor, "actor_id": actor_id,
                   "action": "create_group" if c["type"] == "private_group" else "create_channel",
                   "title": c["name"]}
            if c["type"] == "private_group":
                svc["members"] = [name] + sorted({members[o[1]["member"]][0] for o in c["items"] if o[0] == "other"})
            svc["text"], svc["text_entities"] = "", []
            msgs.insert(0, svc)
        chat["messages"] = msgs
        out_chats.append(chat)
    contacts_list = []
    for line in m.get("addressbook", "").split(";"):
        if line.strip():
            first, last, cid, phone, day = [x.strip() for x in line.split(",")]
            ts = ts_of(day, m["timezone"], 20) + rng.randrange(3600)
            contacts_list.append({"user_id": int(cid), "first_name": first, "last_name": last,
                                  "phone_number": phone, "date": tg_local(ts, tz), "date_unixtime": str(ts)})
    contacts_list.sort(key=lambda c: -int(c["date_unixtime"]))
    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data, and "
                 "it doesn't use your data for targeting. Read more at https://telegram.org/privacy",
        "personal_information": {"user_id": int(uid), "first_name": m["first_name"], "last_name": m["last_name"],
                                 "phone_number": m["phone"], "username": "@" + user, "bio": m["bio"]},
        "contacts": {"about": "This is your contact list.", "list": contacts_list},
        "frequent_contacts": {"about": "This is your list of frequent contacts.", "list": [
            {"id": int(doc["contacts"][h]["id"][4:]), "category": "people", "type": "user",
             "name": doc["contacts"][h]["name"], "rating": round(rng.uniform(0.2, 9.0), 6)}
            for h in m.get("frequent", "").split(";") if h.strip()]},
        "chats": {"about": "This page lists all chats from this export.", "list": out_chats},
    }
    files["result.json"] = json.dumps(result, ensure_ascii=False, indent=1)
    files["export_results.html"] = ("<!DOCTYPE html>\n<html>\n <head>\n  <meta charset=\"utf-8\"/>\n"
                                    "  <title>Exported Data</title>\n </head>\n <body>\n  <div class=\"page_wrap\">"
                                    "Machine-readable JSON export: result.json</div>\n </body>\n</html>\n")
    return files, labels


# --------------------------------------------------------------------------- Mastodon (re-zipped folder, local-storage media)

MASTO_CONTEXT = ["https://www.w3.org/ns/activitystreams", {
    "ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri", "inReplyToAtomUri": "ostatus:inReplyToAtomUri",
    "conversation": "ostatus:conversation", "sensitive": "as:sensitive", "toot": "http://joinmastodon.org/ns#",
    "votersCount": "toot:votersCount", "blurhash": "toot:blurhash",
    "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"},
    "Hashtag": "as:Hashtag"}]
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
BLURHASH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-:;=?@[]^_{|}~"


def masto_id(rng, ts_ms):
    return str((ts_ms << 16) | rng.randrange(1 << 16))


def masto_esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


MASTO_TOKEN = re.compile(r"(https?://[^\s<]+[^\s<.,;:!?)])|(?<![\w/])#(\w+)|(?<![\w/])@(\w+)@([\w.-]+\w)")


def masto_html(text, base, known):
    """Plain text -> Mastodon's status HTML (paragraphs, <br />, linkified tags, mentions, urls)."""
    tags, paras = [], []
    for para in text.split("\n\n"):
        lines = []
        for line in para.split("\n"):
            out, pos = [], 0
            for mm in MASTO_TOKEN.finditer(line):
                out.append(masto_esc(line[pos:mm.start()]))
                if mm.group(1):
                    url = mm.group(1)
                    scheme, rest = url.split("://", 1)
                    vis, inv = (rest[:30], rest[30:]) if len(rest) > 30 else (rest, "")
                    out.append(f'<a href="{masto_esc(url)}" target="_blank" rel="nofollow noopener noreferrer" '
                               f'translate="no"><span class="invisible">{scheme}://</span>'
                               f'<span class="{"ellipsis" if inv else ""}">{masto_esc(vis)}</span>'
                               f'<span class="invisible">{masto_esc(inv)}</span></a>')
                elif mm.group(2):
                    tag = mm.group(2)
                    out.append(f'<a href="{base}/tags/{tag.lower()}" class="mention hashtag" rel="tag">'
                               f'#<span>{masto_esc(tag)}</span></a>')
                    tags.append({"type": "Hashtag", "href": f"{base}/tags/{tag.lower()}", "name": f"#{tag.lower()}"})
                else:
                    u, host = mm.group(3), mm.group(4)
                    href = known.get(f"{u}@{host}", f"https://{host}/@{u}")
                    out.append(f'<span class="h-card" translate="no"><a href="{href}" class="u-url mention">'
                               f'@<span>{masto_esc(u)}</span></a></span>')
                    tags.append({"type": "Mention", "href": href, "name": f"@{u}@{host}"})
                pos = mm.end()
            out.append(masto_esc(line[pos:]))
            lines.append("".join(out))
        paras.append("<p>" + "<br />".join(lines) + "</p>")
    return "".join(paras), tags


def masto_plain(text):
    """What the status HTML reads as once tags are stripped: remote mentions show only '@user'."""
    return re.sub(r"(?<![\w/])@(\w+)@[\w.-]+\w", r"@\1", text)


def build_mastodon(doc, rng, persona):
    user, name, _ = owner(doc)
    m = doc["meta"]
    host = m["instance"]
    base = f"https://{host}"
    actor = f"{base}/users/{user}"
    followers = f"{actor}/followers"
    files, labels, items = {}, [], []
    known = {}
    for c in doc["contacts"].values():
        known[c["handle"]] = c["id"]
    for line in m.get("mention", []):
        acct, href = [x.strip() for x in line.split("|")]
        known[acct] = href
    conv_n = int(m["conversation_base"])
    prev_sid = {}

    def status(p, text, sid, to, cc, reply_to=None, summary=None, attach=None, prefix=None, conv=None):
        nonlocal conv_n
        body, tags = masto_html(text, base, known)
        if prefix:
            body = "<p>" + prefix[0] + body[3:]
            tags = prefix[1] + tags
        pub = iso_z(p["utc"])
        if conv is None:
            conv_n += rng.randint(3, 900)
            conv = conv_n
        obj = {"id": f"{actor}/statuses/{sid}", "type": "Note", "summary": summary,
               "inReplyTo": reply_to, "published": pub, "url": f"{base}/@{user}/{sid}", "attributedTo": actor,
               "to": to, "cc": cc, "sensitive": summary is not None, "atomUri": f"{actor}/statuses/{sid}",
               "inReplyToAtomUri": reply_to,
               "conversation": f"tag:{host},{p['utc'].strftime('%Y-%m-%d')}:objectId={conv}:objectType=Conversation",
               "content": body, "contentMap": {"en": body}, "attachment": attach or [], "tag": tags,
               "replies": {"id": f"{actor}/statuses/{sid}/replies", "type": "Collection",
                           "first": {"type": "CollectionPage", "next": f"{actor}/statuses/{sid}/replies?only_other_accounts=true&page=true",
                                     "partOf": f"{actor}/statuses/{sid}/replies", "items": []}}}
        if p.get("edited"):
            obj["updated"] = iso_z(p["utc"] + timedelta(seconds=p["edited"]))
        return {"id": f"{actor}/statuses/{sid}/activity", "type": "Create", "actor": actor, "published": pub,
                "to": to, "cc": cc, "object": obj}, conv

    last_sid, last_conv = None, None
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        mods = kind.split(",")
        sid = masto_id(rng, p["ts"] * 1000 + rng.randrange(1000))
        vis = "public"
        summary = None
        reply_to, conv = None, None
        attach = []
        sensitive_media = False
        for mod in mods:
            if mod in ("public", "unlisted", "private"):
                vis = mod
            elif mod.startswith("cw:"):
                summary = mod[3:]
            elif mod == "thread":
                reply_to, conv = f"{actor}/statuses/{last_sid}", last_conv
            elif mod.startswith("reply:"):
                acct = mod[6:]
                reply_to = f"{known[acct]}/statuses/{masto_id(rng, p['ts'] * 1000 - rng.randint(60_000, 7_200_000))}"
            elif mod.startswith("photo"):
                n = int(mod.split(":")[1]) if ":" in mod else 1
                for i in range(n):
                    aid = masto_id(rng, p["ts"] * 1000 - rng.randint(20_000, 600_000))
                    stem = hexs(rng, 16)
                    path = "/".join(aid[k:k + 3] for k in range(0, 18, 3))
                    rel = f"media_attachments/files/{path}/original/{stem}.jpeg"
                    files[rel] = make_jpeg(rng)
                    w, h = rng.choice([(1600, 1200), (1200, 1600), (2048, 1536)])
                    alt = None
                    if i < len(p["alt"]):
                        alt = p["alt"][i] or None
                    attach.append({"type": "Document", "mediaType": "image/jpeg", "url": rel,
                                   "name": alt, "blurhash": "".join(rng.choice(BLURHASH) for _ in range(28)),
                                   "focalPoint": [0.0, 0.0], "width": w, "height": h})
            elif mod == "edited":
                p["edited"] = rng.randint(60, 5400)
            elif mod == "sensitive":
                sensitive_media = True
            elif mod != "toot":
                raise SystemExit(f"mastodon: unknown kind {mod} (line {p['line']})")
        if vis == "public":
            to, cc = [PUBLIC], [followers]
        elif vis == "unlisted":
            to, cc = [followers], [PUBLIC]
        else:
            to, cc = [followers], []
        if reply_to and not reply_to.startswith(actor):
            acct = next(x[6:] for x in mods if x.startswith("reply:"))
            cc = cc + [known[acct]]
        item, conv = status(p, text, sid, to, cc, reply_to=reply_to, summary=summary, attach=attach, conv=conv)
        if sensitive_media:
            item["object"]["sensitive"] = True
        items.append((p["ts"], item))
        labels.append(label_post(p, sid, masto_plain(text)))
        last_sid, last_conv = sid, conv
    # direct messages: only the owner's side exists in an outbox; each replies to the contact's status
    for h, msgs in dm_threads(doc).items():
        c = doc["contacts"][h]
        u, chost = h.split("@")
        conv = None
        for msg in msgs:
            if msg["dir"] != "out":
                raise SystemExit(f"mastodon outbox holds only the owner's messages (line {msg['line']})")
            sid = masto_id(rng, msg["ts"] * 1000 + rng.randrange(1000))
            their = f"{c['id']}/statuses/{masto_id(rng, msg['ts'] * 1000 - rng.randint(60_000, 20 * 3_600_000))}"
            mention = (f'<span class="h-card" translate="no"><a href="{c["id"]}" class="u-url mention">'
                       f'@<span>{masto_esc(u)}</span></a></span> ',
                       [{"type": "Mention", "href": c["id"], "name": f"@{h}"}])
            item, conv = status(msg, msg["text"], sid, [c["id"]], [], reply_to=their, prefix=mention, conv=conv)
            items.append((msg["ts"], item))
    for b in doc["boosts"]:
        bid = masto_id(rng, b["ts"] * 1000 + rng.randrange(1000))
        author = b["uri"].split("/statuses/")[0]
        items.append((b["ts"], {"id": f"{actor}/statuses/{bid}/activity", "type": "Announce", "actor": actor,
                                "published": iso_z(b["utc"]), "to": [PUBLIC], "cc": [author, followers],
                                "object": b["uri"]}))
    items.sort(key=lambda x: x[0])
    outbox = {"@context": MASTO_CONTEXT, "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": len(items) + int(m["deleted_statuses"]), "orderedItems": [x[1] for x in items]}
    files["outbox.json"] = json.dumps(outbox, ensure_ascii=False, separators=(",", ":"))
    fields = []
    for line in m.get("field", []):
        k, v = [x.strip() for x in line.split("|", 1)]
        fields.append({"type": "PropertyValue", "name": k, "value": masto_html(v, base, known)[0][3:-4]})
    created = m["account_created"]
    pem_body = "".join(rng.choice(TCO + "+/") for _ in range(360))
    pem = ("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
           + "\n".join(pem_body[i:i + 64] for i in range(0, len(pem_body), 64)) + "IDAQAB\n-----END PUBLIC KEY-----\n")
    actor_doc = {
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1", {
            "manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "toot": "http://joinmastodon.org/ns#",
            "featured": {"@id": "toot:featured", "@type": "@id"}, "schema": "http://schema.org#",
            "PropertyValue": "schema:PropertyValue", "value": "schema:value", "discoverable": "toot:discoverable",
            "indexable": "toot:indexable"}],
        "id": actor, "type": "Person", "following": f"{actor}/following", "followers": followers,
        "inbox": f"{actor}/inbox", "outbox": "outbox.json", "featured": f"{actor}/collections/featured",
        "preferredUsername": user, "name": name, "summary": masto_html(m["bio"], base, known)[0],
        "url": f"{base}/@{user}", "manuallyApprovesFollowers": False, "discoverable": True, "indexable": False,
        "published": created, "memorial": False,
        "publicKey": {"id": f"{actor}#main-key", "owner": actor, "publicKeyPem": pem},
        "tag": [], "attachment": fields,
        "endpoints": {"sharedInbox": f"{base}/inbox"},
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
        "image": {"type": "Image", "mediaType": "image/jpeg", "url": "header.jpeg"},
        "likes": "likes.json", "bookmarks": "bookmarks.json"}
    files["actor.json"] = json.dumps(actor_doc, ensure_ascii=False, separators=(",", ":"))
    files["avatar.jpg"] = make_jpeg(rng)
    files["header.jpeg"] = make_jpeg(rng)
    likes = [f"https://{h}/users/{u}/statuses/{masto_id(rng, (1668000000 + rng.randrange(75_000_000)) * 1000)}"
             for u, h in (x.split("@") for x in m["liked_accounts"].split(";")) for _ in range(3)]
    files["likes.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
                                      "type": "OrderedCollection", "orderedItems": likes}, separators=(",", ":"))
    files["bookmarks.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json",
                                          "type": "OrderedCollection", "orderedItems": likes[1:3]},
                                         separators=(",", ":"))
    wrapper = m["wrapper"]
    return {f"{wrapper}/{k}": v for k, v in files.items()}, labels




# --------------------------------------------------------------------------- Facebook (2024+ layout)

FB_ROOT = "your_facebook_activity"
FB_CAMERAS = [("Apple", "iPhone 12", "4.2", "1.6"), ("Apple", "iPhone 14 Pro", "6.86", "1.78")]


def fb_native_id(ts, text, uris):
    """Posts have no id in the export: timestamp + a hash of the text and media URIs (check-ins use fbid)."""
    return f"{ts}-{hashlib.sha1((text + ''.join(uris)).encode('utf-8')).hexdigest()[:10]}"


def fb_coord_str(lat, lon):
    return f"({lat!r} , {lon!r})"


def build_facebook_new(doc, rng, persona):
    user, name, _ = owner(doc)
    m = doc["meta"]
    tz = ZoneInfo(m["timezone"])
    files, labels, posts, checkins = {}, [], [], []
    pronoun = m.get("pronoun", "his")
    album = f"{FB_ROOT}/posts/media/Mobileuploads_{hexs(rng, 10)}"
    articles = {}
    for line in m.get("article", []):
        url, title, desc = [x.strip() for x in line.split("|")]
        articles[url] = (title, desc)
    page_ids = {}

    def place_obj(pl):
        if pl["key"] not in page_ids:
            page_ids[pl["key"]] = digits(rng, 15, "1")
        return {"name": pl["name"], "coordinate": {"latitude": pl["lat"], "longitude": pl["lon"]},
                "address": pl["address"], "url": f"https://www.facebook.com/{page_ids[pl['key']]}"}

    def photo(p, idx, gps):
        fname = f"{digits(rng, 9)}_{digits(rng, 15)}_{digits(rng, 19)}_n.jpg"
        uri = f"{album}/{fname}"
        files[uri] = make_jpeg(rng)
        taken = p["ts"] - rng.randint(30, 3600) - idx * rng.randint(5, 120)
        if gps is not None or rng.random() < 0.7:
            cam = FB_CAMERAS[0 if p["local"].year < 2023 else 1]
            w, h = rng.choice([(4032, 3024), (3024, 4032)])
            ex = {"iso": rng.choice([32, 50, 64, 100, 200, 400, 640]), "focal_length": cam[2],
                  "taken_timestamp": taken, "modified_timestamp": taken,
                  "camera_make": cam[0], "camera_model": cam[1],
                  "exposure": rng.choice(["1/60", "1/120", "1/250", "1/500", "1/1000"]), "f_stop": cam[3],
                  "orientation": 1, "original_width": w, "original_height": h}
            if gps is not None and idx == 0:
                ex["latitude"], ex["longitude"] = gps
        else:   # a screenshot or a saved picture: no camera data
            w, h = rng.choice([(1170, 2532), (1080, 1350)])
            ex = {"taken_timestamp": 0, "original_width": w, "original_height": h}
        return uri, {"media": {"uri": uri, "creation_timestamp": p["ts"] - idx,
                               "media_metadata": {"photo_metadata": {"exif_data": [ex]}},
                               "title": "Mobile uploads", "description": p["text"] if idx == 0 else ""}}

    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        mods = p["kind"].split(",")
        text = p["text"]
        atts, uris, title = [], [], f"{name} updated {pronoun} status."
        g = spec(p, "gps")
        pl = spec(p, "place")
        gps = None if g is None else g["point"]
        place = None
        n_photo = 0
        for mod in mods:
            if mod.startswith("photo"):
                n_photo = int(mod.split(":")[1]) if ":" in mod else 1
            elif mod.startswith("link:"):
                url = mod[5:]
                title = f"{name} shared a link."
                ec = {"name": articles[url][0], "source": url.split("/")[2], "url": url} if url in articles \
                    else {"url": url}
                atts.append({"data": [{"external_context": ec}]})
            elif mod not in ("status", "checkin"):
                raise SystemExit(f"facebook: unknown kind {mod} (line {p['line']})")
        if gps is not None and not n_photo:
            raise SystemExit(f"line {p['line']}: photo GPS needs a photo")
        if n_photo:
            data = []
            for i in range(n_photo):
                uri, item = photo(p, i, gps)
                uris.append(uri)
                data.append(item)
            atts.insert(0, {"data": data})
            title = f"{name} added a new photo." if n_photo == 1 else f"{name} added {n_photo} new photos."
        if "checkin" in mods:
            if pl is None:
                raise SystemExit(f"line {p['line']}: a check-in needs place:KEY")
            place = pl["place"]
            atts.append({"data": [{"place": place_obj(place)}]})
            title = f"{name} was at {place['name']}."
        elif pl is not None:
            raise SystemExit(f"line {p['line']}: place:KEY only on check-ins")
        entry = {"timestamp": p["ts"]}
        if atts:
            entry["attachments"] = atts
        entry["data"] = [{"post": text}, {"update_timestamp": p["ts"]}] if rng.random() < 0.3 else [{"post": text}]
        entry["title"] = title
        posts.append(entry)
        if place is not None:
            fbid = digits(rng, 16, "1")
            checkins.append({"timestamp": p["ts"], "fbid": fbid, "media": [],
                             "label_values": [{"label": "Message", "value": text},
                                              {"label": "Place tags", "dict": [
                                                  {"label": "Name", "value": place["name"]},
                                                  {"label": "Address", "value": place["address"]},
                                                  {"label": "Coordinates",
                                                   "value": fb_coord_str(place["lat"], place["lon"])}]}]})
            nid = fbid
        else:
            nid = fb_native_id(p["ts"], text, uris)
        labels.append(label_post(p, nid, text, geo=None if place is None else (place["lat"], place["lon"]),
                                 photo=gps))
    posts.reverse()
    checkins.reverse()
    cut = int(m["split"])
    files[f"{FB_ROOT}/posts/your_posts__check_ins__photos_and_videos_1.json"] = meta_json(posts[:cut])
    files[f"{FB_ROOT}/posts/your_posts__check_ins__photos_and_videos_2.json"] = meta_json(posts[cut:])
    files[f"{FB_ROOT}/posts/check-ins.json"] = meta_json(checkins)
    tagged = []
    for line in m.get("tagged", []):
        pname, day, app = [x.strip() for x in line.split("|")]
        tagged.append({"fbid": digits(rng, 16, "1"), "media": [], "label_values": [
            {"label": "Place name", "value": pname},
            {"label": "Visit time", "timestamp_value": ts_of(day, m["timezone"], 19) + rng.randrange(3600)},
            {"label": "Name of application used to tag this place", "value": app}]})
    tagged.sort(key=lambda x: -x["label_values"][1]["timestamp_value"])
    files[f"{FB_ROOT}/posts/places_you_have_been_tagged_in.json"] = meta_json(tagged)
    pic_ts = ts_of(m["profile_photo_day"], m["timezone"], 21) + rng.randrange(3600)
    pic = f"{FB_ROOT}/posts/media/ProfilePictures_{hexs(rng, 10)}/{digits(rng, 9)}_{digits(rng, 15)}_{digits(rng, 19)}_n.jpg"
    files[pic] = make_jpeg(rng)
    files[f"{FB_ROOT}/posts/album/0.json"] = meta_json({
        "name": "Profile pictures",
        "photos": [{"uri": pic, "creation_timestamp": pic_ts,
                    "media_metadata": {"photo_metadata": {"exif_data": [{"taken_timestamp": 0}]}},
                    "title": "Profile pictures"}],
        "cover_photo": {"uri": pic, "creation_timestamp": pic_ts,
                        "media_metadata": {"photo_metadata": {"exif_data": [{"taken_timestamp": 0}]}},
                        "title": "Profile pictures"},
        "last_modified_timestamp": pic_ts, "description": ""})
    reg = ts_of(m["registration"], m["timezone"], 22) + rng.randrange(3600)
    by, bm, bd = (int(x) for x in m["birthday"].split("-"))
    first, _, last = name.partition(" ")
    family = []
    for line in m.get("family", "").split(";"):
        if line.strip():
            fname_, rel = [x.strip() for x in line.split(",")]
            family.append({"name": fname_, "relation": rel, "timestamp": reg + rng.randrange(86400 * 30)})
    rel_status, partner, anniv = [x.strip() for x in m["relationship"].split("|")]
    ay, am, ad = (int(x) for x in anniv.split("-"))
    files["personal_information/profile_information/profile_information.json"] = meta_json({"profile_v2": {
        "name": {"full_name": name, "first_name": first, "middle_name": "", "last_name": last},
        "emails": {"emails": [m["email"]], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": by, "month": bm, "day": bd},
        "gender": {"gender_option": m["gender"].upper(), "pronoun": "HE" if pronoun == "his" else "SHE"},
        "previous_names": [], "other_names": [{"name": m["other_name"], "type": "Name with Title",
                                               "timestamp": reg + 600}],
        "current_city": {"name": m["current_city"], "timestamp": reg + 900},
        "hometown": {"name": m["hometown"], "timestamp": reg + 900},
        "relationship": {"status": rel_status, "partner": partner,
                         "anniversary": {"year": ay, "month": am, "day": ad},
                         "timestamp": ts_of(anniv, m["timezone"], 22)},
        "family_members": family,
        "education_experiences": [{"name": m["school"], "start_timestamp": ts_of(m["school_from"], m["timezone"]),
                                   "end_timestamp": ts_of(m["school_to"], m["timezone"]), "graduated": True,
                                   "concentrations": [m["school_subject"]], "school_type": "College",
                                   "timestamp": reg + 1200}],
        "work_experiences": [],
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": m["phone"], "verified": True}],
        "username": user, "registration_timestamp": reg,
        "profile_uri": f"https://www.facebook.com/{user}"}})
    for hd, msgs in dm_threads(doc).items():
        c = doc["contacts"][hd]
        folder = c["extra"][0] if c["extra"] else "inbox"
        slug = f"{re.sub(r'[^a-z0-9]', '', hd.lower())}_{digits(rng, 16, '1')}"
        out = [{"sender_name": name if x["dir"] == "out" else c["name"],
                "timestamp_ms": x["ts"] * 1000 + rng.randrange(1000), "content": x["text"],
                "is_geoblocked_for_viewer": False, "is_unsent_image_by_messenger_kid_parent": False}
               for x in sorted(msgs, key=lambda x: -x["ts"])]
        files[f"{FB_ROOT}/messages/{folder}/{slug}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": name}], "messages": out, "title": c["name"],
            "is_still_participant": True, "thread_path": f"{folder}/{slug}", "magic_words": []})
    return files, labels


# --------------------------------------------------------------------------- LinkedIn (2018 export)

def li_csv(rows):
    """The 2018 export's ordinary CSVs: UTF-8, comma, quotes only where needed, LF line ends."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def li_tsv16(rows):
    """Shares.csv in 2018: UTF-16LE with a BOM, TAB-separated, every field quoted ("" inside), LF line ends."""
    out = []
    for r in rows:
        out.append("\t".join('"' + str(v).replace('"', '""') + '"' for v in r))
    return b"\xff\xfe" + ("\n".join(out) + "\n").encode("utf-16-le")


def li_msg_date(ts):
    d = datetime.fromtimestamp(ts, UTC)
    return f"{d.month}/{d.day}/{d.strftime('%y')}, {d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def li_html(s):
    return s.replace("&", "&amp;").replace("'", "&rsquo;").replace("\n", "")


def build_linkedin_old(doc, rng, persona):
    user, name, _ = owner(doc)
    m = doc["meta"]
    files, labels, shares = {}, [], []
    articles = {}
    for line in m.get("article", []):
        url, title, desc = [x.strip() for x in line.split("|")]
        articles[url] = (title, desc)
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        mods = p["kind"].split(",")
        vis, stitle, sdesc, surl, media = "Public", "", "", "", ""
        for mod in mods:
            if mod in ("Public", "Connections"):
                vis = mod
            elif mod.startswith("link:"):
                surl = mod[5:]
                stitle, sdesc = articles[surl]
            elif mod == "photo":
                media = (f"https://media.licdn.com/dms/image/C5622AQ{''.join(rng.choice(TCO) for _ in range(11))}"
                         f"/feedshare-shrink_800/0?e={1541030400 + rng.randrange(9) * 86400}&v=beta&t="
                         + "".join(rng.choice(TCO + "-_") for _ in range(43)))
            else:
                raise SystemExit(f"linkedin: unknown kind {mod} (line {p['line']})")
        ts_ms = p["ts"] * 1000 + rng.randrange(1000)
        aid = str((ts_ms << 22) | rng.randrange(1 << 22))
        date = datetime.fromtimestamp(p["ts"], UTC).strftime("%Y/%m/%d %H:%M:%S UTC")
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{aid}"
        shares.append([date, stitle, sdesc, link, p["text"], surl, media, "Homepage", vis])
        labels.append(label_post(p, aid, p["text"]))
    shares.reverse()
    files["Shares.csv"] = li_tsv16([["Date", "Share Title", "Share Description", "Share Link", "Share Commentary",
                                     "Shared URL", "Media URL", "Type", "Visibility"]] + shares)
    first, last = m["first_name"], m["last_name"]
    files["Profile.csv"] = li_csv([
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Contact Instructions", "Headline",
         "Summary", "Industry", "Country", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
         "Instant Messengers"],
        [first, last, "", "", m["birth_date"], "", m["headline"], unescape_nl(m["summary"]), m["industry"],
         m["country"], m["zip"], m["geo_location"], "", "", ""]])
    pos = [["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]]
    for line in m.get("position", []):
        pos.append([unescape_nl(x.strip()) if i != 0 else x.lstrip() for i, x in enumerate(line.split("|"))])
    files["Positions.csv"] = li_csv(pos)
    edu = [["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"]]
    for line in m.get("education", []):
        edu.append([x.strip() for x in line.split("|")])
    files["Education.csv"] = li_csv(edu)
    files["Skills.csv"] = li_csv([["Name"]] + [[x.strip()] for x in m["skills"].split(";")])
    files["Languages.csv"] = li_csv([["Name", "Proficiency"]] + [[x.strip() for x in ln.split("|")]
                                                              for ln in m.get("language", [])])
    files["Email Addresses.csv"] = li_csv([["Email Address", "Confirmed", "Primary", "Updated On"],
                                          [m["email"], "Yes", "Yes", li_msg_date(ts_of(m["joined"], "UTC", 10))]])
    files["Phone Numbers.csv"] = li_csv([["Extension", "Number", "Type"], ["", m["phone"], "Mobile"]])
    conns = [["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"]]
    rows = []
    for line in m.get("connection", []):
        f_, l_, email, comp, posn, day = [x.strip() for x in line.split("|")]
        ts = ts_of(day, "UTC", 0) + rng.randrange(86400)
        rows.append((ts, [f_, l_, email, comp, posn, li_msg_date(ts)]))
    rows.sort(key=lambda r: -r[0])
    files["Connections.csv"] = li_csv(conns + [r[1] for r in rows])
    msgs = []
    for hd, thread in dm_threads(doc).items():
        c = doc["contacts"][hd]
        subject = c["extra"][0] if c["extra"] else ""
        for i, x in enumerate(thread):
            subj = subject if i == 0 else "RE: " + subject
            if x["dir"] == "out":
                frm, to, direction, folder = name, c["name"], "OUTGOING", "SENT"
            else:
                frm, to, direction, folder = c["name"], name, "INCOMING", "INBOX"
            msgs.append((x["ts"], [frm, to, li_msg_date(x["ts"]), subj, li_html(x["text"]), direction, folder]))
    msgs.sort(key=lambda r: -r[0])
    files["Messages.csv"] = li_csv([["From", "To", "Date", "Subject", "Content", "Direction", "Folder"]]
                                   + [r[1] for r in msgs])
    return files, labels


# --------------------------------------------------------------------------- driver

BUILDERS = {"telegram": build_telegram, "mastodon": build_mastodon, "facebook": build_facebook_new,
            "linkedin": build_linkedin_old}


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def attach_alts(doc):
    """Mastodon alt text: a trailing '⟦alt: A ¦ B⟧' block of a post's KEY text gives the attachments' alt text
    (attachment[].name); it is not part of the status text."""
    for p in doc["posts"]:
        p["alt"] = []
        mm = re.search(r"\s*⟦alt: (.*?)⟧$", p["text"])
        if mm:
            p["alt"] = [a.strip() for a in mm.group(1).split(" ¦ ")]
            p["text"] = p["text"][:mm.start()]


def build(persona, outdir):
    doc = parse_key(os.path.join(HERE, "content", persona + ".txt"))
    m = doc["meta"]
    seed = int(m["seed"])
    attach_alts(doc)
    prepare(doc, seed)
    files, labels = BUILDERS[m["platform"]](doc, random.Random(seed * 7919 + 1), persona)
    labels.sort(key=lambda x: x["created_at"])
    export = datetime.strptime(m["export"][:10], "%Y-%m-%d")
    write_zip(os.path.join(outdir, persona + ".zip"), files, (export.year, export.month, export.day, 12, 0, 0))
    places = doc["places"]
    office, home = places[m["office"]], places[m["home"]]
    units = [u.strip() for u in m["unit"].split("|")]
    contacts = [{"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": c["id"]}
                for c in sorted(doc["contacts"].values(), key=lambda c: c["order"])]
    out = {
        "persona": persona, "platform": m["platform"], "archive": persona + ".zip", "timezone": m["timezone"],
        "truth": {
            "unit": units, "role": m["role"],
            "office": {"lat": office["lat"], "lon": office["lon"], "name": office["name"]},
            "home": {"lat": home["lat"], "lon": home["lon"]},
            "routine_places": [{"name": p["name"], "lat": p["lat"], "lon": p["lon"]}
                               for p in places.values() if p["kind"] == "routine"],
        },
        "contacts": contacts,
        "posts": labels,
    }
    with open(os.path.join(outdir, persona + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    wl = [f"# What {m.get('legal_name') or owner(doc)[1]}'s security officer knows must not be revealed.",
          f"timezone = {toml_str(m['timezone'])}", "", "[[unit]]", f"name = {toml_str(units[0])}",
          "aliases = [" + ", ".join(toml_str(a) for a in units[1:]) + "]", "", "[[role]]",
          f"name = {toml_str(m['role'])}", "", "[[site]]", f"name = {toml_str(office['name'])}",
          f"lat = {office['lat']}", f"lon = {office['lon']}", "radius_m = 300", ""]
    with open(os.path.join(outdir, persona + ".watchlist.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(wl))
    n = len(labels)
    rev = sum(1 for p in labels if p["labels"])
    cats = {c: sum(1 for p in labels if c in p["labels"]) for c in ("unit", "role", "location", "routine", "home")}
    print(f"{persona}: {n} posts, {rev} revealing ({rev / n:.1%}) {cats}, {len(contacts)} contacts, "
          f"{len(files)} archive files")


def main(argv):
    outdir = HERE
    if "--out" in argv:
        outdir = argv[argv.index("--out") + 1]
        os.makedirs(outdir, exist_ok=True)
    only = [a for a in argv[1:] if a in PERSONAS]
    for persona in only or PERSONAS:
        if not os.path.exists(os.path.join(HERE, "content", persona + ".txt")):
            print(f"{persona}: no content yet, skipped")
            continue
        build(persona, outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
