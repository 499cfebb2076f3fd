#!/usr/bin/env python3
"""Validates the blind8 personas: every archive parses in its platform's format,
the labels match the archive post-for-post (id, UTC time, text, coordinates),
times are internally consistent, labels agree with the truth coordinates,
contacts exist in the messages, and watchlists parse.

usage: python3 check.py        # exits non-zero on the first persona with errors
"""
import csv
import html
import io
import json
import math
import re
import sys
import tomllib
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
UTC = timezone.utc
CATS = {"unit", "role", "location", "routine", "home"}
SNOWFLAKE_EPOCH = 1288834974657


def metres(a, b):
    r = 6_371_000
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def iso(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def demojibake(o):
    if isinstance(o, str):
        try:
            return o.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return o
    if isinstance(o, list):
        return [demojibake(x) for x in o]
    if isinstance(o, dict):
        return {demojibake(k): demojibake(v) for k, v in o.items()}
    return o


def is_jpeg(b):
    return b[:3] == b"\xff\xd8\xff" and b[-2:] == b"\xff\xd9"


class Errors(list):
    def need(self, cond, msg):
        if not cond:
            self.append(msg)


# ---------------------------------------------------------------- platform readers
# each returns (posts, message_people) where posts is a list of dicts with
# created_at, native_id (or None when the platform has no id), text, geo, photo_gps

def read_linkedin(z, E, tz):
    names = set(z.namelist())
    for f in ("Profile.csv", "Positions.csv", "Shares.csv", "messages.csv"):
        E.need(f in names, f"linkedin: {f} missing at the root")
    raw = z.read("Shares.csv").decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw)))
    E.need(rows[0] == ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"], "Shares.csv header")
    posts = []
    for r in rows[1:]:
        E.need(len(r) == 6, f"Shares.csv row width {len(r)}")
        m = re.search(r"urn%3Ali%3A(?:share|ugcPost|activity)%3A(\d+)$", r[1])
        E.need(bool(m), f"ShareLink without urn: {r[1]}")
        nid = m.group(1)
        created = datetime.strptime(r[0], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        # LinkedIn activity ids carry their creation time in the top 41 bits
        E.need(abs((int(nid) >> 22) / 1000 - created.timestamp()) < 1, f"share id time != Date for {nid}")
        lines = r[2].split("\n")
        if len(lines) > 1:
            fixed = []
            for i, ln in enumerate(lines):
                if i > 0:
                    E.need(ln.startswith('"'), f"multi-line quirk: line {i} lacks leading quote ({nid})")
                    ln = ln[1:]
                if i < len(lines) - 1:
                    E.need(ln.endswith('"'), f"multi-line quirk: line {i} lacks trailing quote ({nid})")
                    ln = ln[:-1]
                fixed.append(ln)
            text = "\n".join(fixed)
        else:
            text = r[2]
        posts.append({"created_at": iso(created.timestamp()), "native_id": nid, "text": text, "geo": None, "photo_gps": None})
    for f in ("Profile.csv", "Positions.csv", "Education.csv"):
        rows = list(csv.reader(io.StringIO(z.read(f).decode("utf-8"))))
        E.need(len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows), f"{f} ragged")
    conn = z.read("Connections.csv").decode("utf-8")
    body = conn[conn.index("First Name,"):]
    rows = list(csv.reader(io.StringIO(body)))
    E.need(all(len(r) == 7 for r in rows), "Connections.csv ragged")
    people = set()
    rows = list(csv.DictReader(io.StringIO(z.read("messages.csv").decode("utf-8"))))
    for r in rows:
        d = datetime.strptime(r["DATE"], "%Y-%m-%d %H:%M:%S UTC")
        E.need(datetime(2020, 1, 1) < d < datetime(2025, 1, 1), f"message date {r['DATE']}")
        people.update({r["FROM"], r["SENDER PROFILE URL"], r["TO"], r["RECIPIENT PROFILE URLS"]})
    return posts, people


def read_telegram(z, E, tz):
    r = json.loads(z.read("result.json"))
    E.need("about" in r and "chats" in r, "result.json lacks about/chats")
    owner = f"user{r['personal_information']['user_id']}"
    names = set(z.namelist())
    posts, people, ids = [], set(), set()
    types = set()
    for chat in r["chats"]["list"]:
        types.add(chat["type"])
        last = 0
        for m in chat["messages"]:
            t = int(m["date_unixtime"])
            E.need(t >= last, f"telegram: messages out of order in {chat.get('name')}")
            last = t
            local = datetime.fromtimestamp(t, tz).strftime("%Y-%m-%dT%H:%M:%S")
            E.need(m["date"] == local, f"telegram: date {m['date']} != local time of date_unixtime {local}")
            E.need(m["id"] not in ids, f"telegram: duplicate message id {m['id']}")
            ids.add(m["id"])
            if m["type"] != "message":
                continue
            concat = "".join(e["text"] for e in m["text_entities"])
            text = m["text"] if isinstance(m["text"], str) else "".join(x if isinstance(x, str) else x["text"] for x in m["text"])
            E.need(text == concat, f"telegram: text != text_entities for {m['id']}")
            if "photo" in m:
                E.need(m["photo"] in names and is_jpeg(z.read(m["photo"])), f"telegram: photo file missing {m['photo']}")
            if chat["type"] == "personal_chat":
                people.update({chat["name"], str(chat["id"]), m.get("from"), m["from_id"][4:]})
            if m["from_id"] != owner:
                continue
            li = m.get("location_information")
            posts.append({"created_at": iso(t), "native_id": str(m["id"]), "text": text,
                          "geo": None if li is None else {"lat": li["latitude"], "lon": li["longitude"]}, "photo_gps": None})
    E.need({"saved_messages", "personal_chat", "private_group"} <= types, f"telegram: chat types {types}")
    return posts, people


def read_x_grailbird(z, E, tz):
    names = z.namelist()
    E.need("tweets.csv" in names and "data/js/tweet_index.js" in names, "grailbird: tweets.csv / tweet_index.js missing")
    idx_raw = z.read("data/js/tweet_index.js").decode("utf-8")
    idx = json.loads(idx_raw[idx_raw.index("["):])
    posts = []
    for entry in idx:
        raw = z.read(entry["file_name"]).decode("utf-8")
        first, rest = raw.split("\n", 1)
        E.need(first.startswith(f"Grailbird.data.{entry['var_name']} ="), f"grailbird: bad first line {first!r}")
        tweets = json.loads(rest)
        E.need(len(tweets) == entry["tweet_count"], f"grailbird: count mismatch in {entry['file_name']}")
        for t in tweets:
            E.need(t["id_str"] == str(t["id"]), "grailbird: id/id_str differ")
            created = datetime.strptime(t["created_at"], "%Y-%m-%d %H:%M:%S %z")
            E.need((created.year, created.month) == (entry["year"], entry["month"]), "grailbird: tweet in the wrong month file")
            sf = ((int(t["id_str"]) >> 22) + SNOWFLAKE_EPOCH) / 1000
            E.need(0 <= sf - created.timestamp() < 1, f"grailbird: snowflake time != created_at for {t['id_str']}")
            geo = t["geo"]
            posts.append({"created_at": iso(created.timestamp()), "native_id": t["id_str"],
                          "text": html.unescape(t["text"]),
                          "geo": {"lat": geo["coordinates"][0], "lon": geo["coordinates"][1]} if geo else None,
                          "photo_gps": None})
    rows = list(csv.DictReader(io.StringIO(z.read("tweets.csv").decode("utf-8"))))
    E.need(len(rows) == len(posts), "grailbird: tweets.csv rows != monthly tweets")
    tzf = z.read("data/account-timezone.js").decode("utf-8")
    tzj = json.loads(tzf[tzf.index("["):])
    E.need(tzj[0]["accountTimezone"]["timeZone"], "account-timezone.js empty")
    dm = z.read("data/direct-messages.js").decode("utf-8")
    convs = json.loads(dm[dm.index("["):])
    people = set()
    for c in convs:
        last = None
        for m in c["dmConversation"]["messages"]:
            mc = m["messageCreate"]
            people.update({mc["senderId"], mc["recipientId"]})
            ts = datetime.strptime(mc["createdAt"], "%Y-%m-%dT%H:%M:%S.%fZ")
            E.need(last is None or ts <= last, "DMs must be newest first")
            last = ts
    return posts, people


def read_facebook(z, E, tz):
    names = set(z.namelist())
    E.need("posts/your_posts_1.json" in names, "facebook: posts/your_posts_1.json missing")
    posts = []
    for p in demojibake(json.loads(z.read("posts/your_posts_1.json"))):
        text = next((d["post"] for d in p.get("data", []) if "post" in d), "")
        geo = gps = None
        for a in p.get("attachments", []):
            for d in a["data"]:
                if "place" in d:
                    c = d["place"]["coordinate"]
                    geo = {"lat": c["latitude"], "lon": c["longitude"]}
                if "media" in d:
                    med = d["media"]
                    E.need(med["uri"] in names and is_jpeg(z.read(med["uri"])), f"facebook: media missing {med['uri']}")
                    ex = med["media_metadata"]["photo_metadata"]["exif_data"][0]
                    E.need(ex["taken_timestamp"] <= p["timestamp"], "facebook: photo taken after it was posted")
                    if "latitude" in ex:
                        gps = {"lat": ex["latitude"], "lon": ex["longitude"]}
                    E.need(med["description"] == text, "facebook: caption differs from post text")
        posts.append({"created_at": iso(p["timestamp"]), "native_id": None, "text": text, "geo": geo, "photo_gps": gps})
    for c in demojibake(json.loads(z.read("posts/check-ins.json"))):
        lv = {x["label"]: x for x in c["label_values"]}
        tags = {x["label"]: x["value"] for x in lv["Place tags"]["dict"]}
        m = re.fullmatch(r"\((-?[\d.]+) , (-?[\d.]+)\)", tags["Coordinates"])
        E.need(bool(m), f"facebook: coordinates string {tags['Coordinates']!r}")
        posts.append({"created_at": iso(c["timestamp"]), "native_id": c["fbid"], "text": lv["Message"]["value"],
                      "geo": {"lat": float(m.group(1)), "lon": float(m.group(2))}, "photo_gps": None})
    people = set()
    for n in names:
        if n.startswith("messages/inbox/") and n.endswith("message_1.json"):
            t = demojibake(json.loads(z.read(n)))
            ms = [m["timestamp_ms"] for m in t["messages"]]
            E.need(ms == sorted(ms, reverse=True), "facebook: messages must be newest first")
            people.update(p["name"] for p in t["participants"])
            people.add(n.split("/")[2].rsplit("_", 1)[0])
    prof = demojibake(json.loads(z.read("profile_information/profile_information.json")))
    E.need("profile_v2" in prof, "facebook: profile_v2 missing")
    return posts, people


READERS = {"linkedin": read_linkedin, "telegram": read_telegram, "x": read_x_grailbird, "facebook": read_facebook}


def check(labels_path):
    E = Errors()
    L = json.loads(labels_path.read_text(encoding="utf-8"))
    key = L["persona"]
    tz = ZoneInfo(L["timezone"])
    for k in ("persona", "platform", "archive", "timezone", "truth", "contacts", "posts"):
        E.need(k in L, f"labels: {k} missing")
    posts = L["posts"]
    E.need(120 <= len(posts) <= 250, f"{len(posts)} posts, want 120-250")
    stamps = [p["created_at"] for p in posts]
    E.need(stamps == sorted(stamps), "labels: posts not in time order")
    E.need(len(set(stamps)) == len(stamps), "labels: duplicate created_at")
    for p in posts:
        E.need(set(p) == {"created_at", "native_id", "labels", "text", "geo", "photo_gps"}, f"labels: keys {sorted(p)}")
        E.need(set(p["labels"]) <= CATS, f"labels: unknown label in {p['labels']}")
        E.need(p["created_at"].endswith("Z"), "labels: created_at not UTC")
        E.need(p["native_id"], "labels: empty native_id")
    span = (datetime.fromisoformat(stamps[-1][:-1]) - datetime.fromisoformat(stamps[0][:-1])).days
    E.need(365 <= span <= 3 * 366, f"labels: span {span} days, want 1-3 years")

    z = zipfile.ZipFile(HERE / L["archive"])
    E.need(z.testzip() is None, "zip CRC error")
    arch, people = READERS[L["platform"]](z, E, tz)
    by_time = {p["created_at"]: p for p in arch}
    E.need(len(by_time) == len(arch), "archive: two owner posts share a second")
    E.need(set(by_time) == set(stamps), f"archive/labels differ: {sorted(set(by_time) ^ set(stamps))[:5]}")
    for p in posts:
        a = by_time.get(p["created_at"])
        if not a:
            continue
        if a["native_id"] is not None:
            E.need(a["native_id"] == p["native_id"], f"native_id {p['native_id']} != archive {a['native_id']}")
        E.need(a["text"] == p["text"], f"text differs at {p['created_at']}: {a['text']!r} vs {p['text']!r}")
        E.need(a["geo"] == p["geo"], f"geo differs at {p['created_at']}")
        E.need(a["photo_gps"] == p["photo_gps"], f"photo_gps differs at {p['created_at']}")

    # labels agree with the truth coordinates
    T = L["truth"]
    office = (T["office"]["lat"], T["office"]["lon"])
    home = (T["home"]["lat"], T["home"]["lon"])
    rplaces = [(r["lat"], r["lon"]) for r in T["routine_places"]]
    for p in posts:
        g = p["geo"] or p["photo_gps"]
        if not g:
            continue
        pt = (g["lat"], g["lon"])
        near_office = metres(pt, office) <= 300
        E.need(near_office == ("location" in p["labels"]), f"location label vs office distance at {p['created_at']}")
        E.need((metres(pt, home) <= 100) == ("home" in p["labels"]), f"home label vs distance at {p['created_at']}")
        if any(metres(pt, r) <= 150 for r in rplaces):
            E.need("routine" in p["labels"], f"routine place without routine label at {p['created_at']}")
    for c in ("unit", "role", "location", "routine"):
        E.need(sum(c in p["labels"] for p in posts) >= 5, f"fewer than 5 {c} posts")

    # contacts
    cs = L["contacts"]
    E.need(sum(c["suspicious"] for c in cs) == 2 and len(cs) == 5, "want 2 suspicious + 3 ordinary contacts")
    for c in cs:
        E.need(set(c) == {"handle", "name", "suspicious", "id"}, f"contact keys {sorted(c)}")
        E.need(any(v in people for v in (c["handle"], c["name"], c["id"]) if v), f"contact {c['name']} not in messages")

    # watchlist
    W = tomllib.loads((HERE / f"{key}.watchlist.toml").read_text(encoding="utf-8"))
    E.need(W["timezone"] == L["timezone"], "watchlist timezone")
    E.need([W["unit"][0]["name"]] + W["unit"][0]["aliases"] == T["unit"], "watchlist unit/aliases != truth")
    E.need((W["site"][0]["lat"], W["site"][0]["lon"]) == office, "watchlist site != office")

    for info in z.infolist():
        E.need(info.date_time == (2024, 12, 1, 12, 0, 0), f"zip entry time {info.filename}")
    return key, E, posts


def main():
    ok = True
    files = sorted(HERE.glob("*.labels.json"))
    if len(files) != 4:
        print(f"expected 4 personas, found {len(files)}")
        ok = False
    for f in files:
        key, E, posts = check(f)
        counts = {c: sum(c in p["labels"] for p in posts) for c in ("unit", "role", "location", "routine", "home")}
        benign = sum(1 for p in posts if not p["labels"])
        status = "OK" if not E else f"{len(E)} ERRORS"
        print(f"{key}: {status}  posts={len(posts)} benign={benign} {counts}")
        for e in E[:30]:
            print("   -", e)
        ok = ok and not E
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
