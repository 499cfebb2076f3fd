#!/usr/bin/env python3
"""Independent verification of the blind11 personas.

Re-reads every archive with its own readers (no code shared with generate.py), compares what it finds with the
labels (ids, UTC times, decoded text, geotags, photo GPS, counts, contacts present in the messages), checks the
label shape against the dev labels, the geo-labelling rules, the watchlists (tomllib), and scores an empty and a
perfect report with /work/shared/eval/score.py (the perfect one must score 1.0 everywhere).

    python3 check.py          # exit status 0 when everything passes
"""
import csv
import hashlib
import html
import io
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from datetime import datetime, timezone
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/eval/dev"
SCORE = "/work/shared/eval/score.py"
KEYS = ["p1-linkedin-diver", "p2-mastodon-protection", "p3-x-k9", "p4-facebook-geoint"]
CATS = {"unit", "role", "location", "routine", "home"}
FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL:", msg)


def metres(a_lat, a_lon, b_lat, b_lon):
    r = 6_371_000
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def z(ts):
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ------------------------------------------------------------------------------------------------ JPEG sanity
def jpeg_ok(data):
    """Walks the marker segments of a baseline JPEG; returns (ok, has_exif)."""
    if data[:2] != b"\xff\xd8" or data[-2:] != b"\xff\xd9":
        return False, False
    i, exif, sof, sos = 2, False, False, False
    while i < len(data):
        if data[i] != 0xFF:
            return False, exif
        m = data[i + 1]
        if m == 0xD9:
            break
        ln = int.from_bytes(data[i + 2:i + 4], "big")
        if m == 0xE1 and data[i + 4:i + 8] == b"Exif":
            exif = True
        if m in (0xC0, 0xC2):
            sof = True
        if m == 0xDA:
            sos = True
            j = i + 2 + ln
            while j < len(data) - 1 and not (data[j] == 0xFF and data[j + 1] not in (0x00,) and
                                              not 0xD0 <= data[j + 1] <= 0xD7):
                j += 1
            i = j
            continue
        i += 2 + ln
    return sof and sos, exif


# ------------------------------------------------------------------------------------------------ readers
def lenient_csv(text):
    """CSV reader that accepts both "" and backslash-escaped quotes inside quoted fields."""
    rows, row, field, i, q = [], [], [], 0, False
    while i < len(text):
        c = text[i]
        if q:
            if c == "\\" and i + 1 < len(text) and text[i + 1] == '"':
                field.append('"')
                i += 2
                continue
            if c == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    field.append('"')
                    i += 2
                    continue
                q = False
                i += 1
                continue
            field.append(c)
            i += 1
            continue
        if c == '"':
            q = True
        elif c == ",":
            row.append("".join(field))
            field = []
        elif c == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        elif c != "\r":
            field.append(c)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows


def read_linkedin(zf):
    posts, names = [], set(zf.namelist())
    for need in ("Profile.csv", "Positions.csv", "Shares.csv", "Comments.csv", "messages.csv", "Rich_Media.csv"):
        if need not in names:
            fail(f"linkedin: {need} missing")
    rd = csv.DictReader(io.StringIO(zf.read("Shares.csv").decode("utf-8")))
    media = 0
    for r in rd:
        txt = r["ShareCommentary"]
        lines = txt.split("\n")
        if len(lines) > 1:                      # undo LinkedIn's per-line double escaping
            fixed = []
            for k, ln in enumerate(lines):
                if k > 0 and ln.startswith('"'):
                    ln = ln[1:]
                if k < len(lines) - 1 and ln.endswith('"'):
                    ln = ln[:-1]
                fixed.append(ln)
            txt = "\n".join(fixed)
        pid = re.search(r"urn%3Ali%3A(?:share|activity|ugcPost)%3A(\d+)", r["ShareLink"]).group(1)
        when = datetime.strptime(r["Date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
        media += bool(r["MediaUrl"])
        posts.append(dict(id=pid, created_at=z(when.timestamp()), text=txt, geo=None, photo_gps=None))
    rows = lenient_csv(zf.read("Comments.csv").decode("utf-8"))
    head = rows[0]
    for r in rows[1:]:
        d = dict(zip(head, r))
        pid = re.search(r"urn%3Ali%3A(?:activity|share|ugcPost)%3A(\d+)", d["Link"]).group(1)
        when = datetime.strptime(d["Date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
        posts.append(dict(id=pid, created_at=z(when.timestamp()), text=d["Message"], geo=None, photo_gps=None))
    rich = list(csv.DictReader(io.StringIO(zf.read("Rich_Media.csv").decode("utf-8"))))
    if len(rich) != media:
        fail(f"linkedin: Rich_Media.csv rows {len(rich)} != shares with media {media}")
    msgs = list(csv.DictReader(io.StringIO(zf.read("messages.csv").decode("utf-8"))))
    people = {}
    for m in msgs:
        datetime.strptime(m["DATE"], "%Y-%m-%d %H:%M:%S UTC")
        people.setdefault(m["SENDER PROFILE URL"], set()).add(m["FROM"])
        people.setdefault(m["RECIPIENT PROFILE URLS"], set()).add(m["TO"])

    def contact_present(c):
        return c["id"] in people and c["name"] in people[c["id"]] and c["handle"] in c["id"]
    return posts, len(msgs), contact_present


class Stripper(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.out.append("\n")
        if tag == "p" and self.out:
            self.out.append("\n\n")

    def handle_data(self, data):
        self.out.append(data)


def strip(s):
    p = Stripper()
    p.feed(s)
    p.close()
    return "".join(p.out)


def read_mastodon(zf):
    names = set(zf.namelist())
    for need in ("outbox.json", "actor.json"):
        if need not in names:
            fail(f"mastodon: {need} missing")
    actor = json.loads(zf.read("actor.json"))
    ob = json.loads(zf.read("outbox.json"))
    if ob.get("type") != "OrderedCollection" or ob.get("totalItems") != len(ob["orderedItems"]):
        fail("mastodon: outbox collection header")
    public = "https://www.w3.org/ns/activitystreams#Public"
    followers = actor["followers"]
    posts, dms, mentioned = [], 0, {}
    for it in ob["orderedItems"]:
        if it["type"] == "Announce":
            if not isinstance(it["object"], str):
                fail("mastodon: Announce object should be a URI string")
            continue
        o = it["object"]
        aud = set(o["to"]) | set(o["cc"])
        if public not in aud and followers not in aud:          # direct message
            dms += 1
            for t in o["tag"]:
                if t["type"] == "Mention":
                    mentioned.setdefault(t["href"], set()).add(t["name"])
            continue
        for a in o.get("attachment", []):
            path = a["url"][a["url"].index("media_attachments/"):]
            if path not in names:
                fail(f"mastodon: attachment file missing {path}")
            else:
                ok, exif = jpeg_ok(zf.read(path))
                if not ok or exif:
                    fail(f"mastodon: attachment {path} invalid or carries EXIF (Mastodon strips it)")
        sid = o["id"].rsplit("/", 1)[1]
        when = datetime.strptime(o["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        posts.append(dict(id=sid, created_at=z(when.timestamp()), text=strip(o["content"]), geo=None,
                          photo_gps=None))

    def contact_present(c):
        return c["id"] in mentioned and ("@" + c["handle"]) in mentioned[c["id"]]
    return posts, dms, contact_present


def ytd(zf, name):
    s = zf.read(name).decode("utf-8-sig")
    return json.loads(s[s.index("["):].rstrip().rstrip(";"))


def read_x(zf):
    names = set(zf.namelist())
    m = zf.read("data/manifest.js").decode("utf-8")
    man = json.loads(m[m.index("{"):])
    parts = man["dataTypes"]["tweets"]["files"]
    if [p["fileName"] for p in parts] != ["data/tweets.js", "data/tweets-part1.js"]:
        fail("x: manifest should list data/tweets.js and data/tweets-part1.js")
    for need in ("data/account.js", "data/account-timezone.js", "data/profile.js", "data/direct-messages.js"):
        if need not in names:
            fail(f"x: {need} missing")
    tzinfo = ytd(zf, "data/account-timezone.js")[0]["accountTimezone"]["timeZone"]
    posts = []
    for part in parts:
        raw = zf.read(part["fileName"]).decode("utf-8")
        want_prefix = "window.YTD.tweets.part%s = " % part["globalName"].rsplit("part", 1)[1]
        if not raw.startswith(want_prefix):
            fail(f"x: {part['fileName']} prefix")
        arr = ytd(zf, part["fileName"])
        if len(arr) != int(part["count"]):
            fail(f"x: {part['fileName']} count {len(arr)} != manifest {part['count']}")
        for w in arr:
            t = w["tweet"]
            full = t["full_text"]
            media = (t.get("extended_entities") or {}).get("media") or []
            for md in media:
                a, b = int(md["indices"][0]), int(md["indices"][1])
                full = full[:a].rstrip() + full[b:]
                fn = f"data/tweets_media/{t['id_str']}-" + md["media_url_https"].rsplit("/", 1)[1]
                if fn not in names:
                    fail(f"x: media file missing {fn}")
                else:
                    ok, exif = jpeg_ok(zf.read(fn))
                    if not ok or exif:
                        fail(f"x: {fn} invalid or has EXIF")
            text = html.unescape(full)
            when = datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S %z %Y")
            geo = None
            if t.get("coordinates"):
                lon, lat = (float(v) for v in t["coordinates"]["coordinates"])
                glat, glon = (float(v) for v in t["geo"]["coordinates"])
                if abs(lat - glat) > 1e-9 or abs(lon - glon) > 1e-9:
                    fail(f"x: geo/coordinates disagree in {t['id_str']}")
                geo = (lat, lon)
            elif t.get("place") and t["place"]["place_type"] == "poi":
                ring = t["place"]["bounding_box"]["coordinates"][0]
                geo = (sum(float(p[1]) for p in ring) / len(ring), sum(float(p[0]) for p in ring) / len(ring))
            posts.append(dict(id=t["id_str"], created_at=z(when.timestamp()), text=text,
                              geo=None if geo is None else {"lat": geo[0], "lon": geo[1]}, photo_gps=None))
    dm = ytd(zf, "data/direct-messages.js")
    ids, nmsg = set(), 0
    for conv in dm:
        c = conv["dmConversation"]
        a, b = c["conversationId"].split("-")
        for mm in c["messages"]:
            mc = mm["messageCreate"]
            if {mc["senderId"], mc["recipientId"]} != {a, b}:
                fail(f"x: DM participants disagree with conversation {c['conversationId']}")
            ids.add(mc["senderId"])
            nmsg += 1
        stamps = [mm["messageCreate"]["createdAt"] for mm in c["messages"]]
        if stamps != sorted(stamps, reverse=True):
            fail("x: DMs should be newest first")

    def contact_present(c):
        return c["id"] in ids
    return posts, nmsg, contact_present, tzinfo


def unmoji(o):
    if isinstance(o, str):
        try:
            return o.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return o
    if isinstance(o, list):
        return [unmoji(x) for x in o]
    if isinstance(o, dict):
        return {k: unmoji(v) for k, v in o.items()}
    return o


def read_facebook(zf):
    names = set(zf.namelist())
    pf = "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json"
    raw = zf.read(pf).decode("ascii")           # Meta writes pure-ASCII JSON with \u00XX escapes
    if "\\u00e" not in raw:
        fail("facebook: expected mojibake escapes in posts file")
    arr = unmoji(json.loads(raw))
    posts = []
    for p in arr:
        text = next((d["post"] for d in p.get("data", []) if "post" in d), "")
        geo = gps = None
        for att in p.get("attachments", []):
            for d in att["data"]:
                if "place" in d:
                    c = d["place"]["coordinate"]
                    geo = {"lat": c["latitude"], "lon": c["longitude"]}
                if "media" in d:
                    md = d["media"]
                    if md["uri"] not in names:
                        fail(f"facebook: media file missing {md['uri']}")
                    else:
                        ok, exif = jpeg_ok(zf.read(md["uri"]))
                        if not ok or exif:
                            fail(f"facebook: {md['uri']} invalid or not stripped")
                    for ex in md["media_metadata"]["photo_metadata"]["exif_data"]:
                        if ex.get("latitude") and ex.get("longitude"):
                            gps = {"lat": ex["latitude"], "lon": ex["longitude"]}
                        ip = ex.get("upload_ip", "")
                        if not re.match(r"^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$", ip):
                            fail(f"facebook: upload_ip not TEST-NET: {ip}")
        posts.append(dict(id=None, created_at=z(p["timestamp"]), text=text, geo=geo, photo_gps=gps))
    threads, nmsg = {}, 0
    for n in names:
        mm = re.match(r"your_activity_across_facebook/messages/inbox/([^/]+)/message_1\.json$", n)
        if mm:
            doc = unmoji(json.loads(zf.read(n)))
            threads[mm.group(1)] = {x["name"] for x in doc["participants"]}
            nmsg += len(doc["messages"])
            ts = [x["timestamp_ms"] for x in doc["messages"]]
            if ts != sorted(ts, reverse=True):
                fail(f"facebook: {n} not newest first")

    def contact_present(c):
        return any(folder.startswith(c["handle"].replace(".", "") + "_") and c["name"] in who
                   for folder, who in threads.items())
    return posts, nmsg, contact_present


# ------------------------------------------------------------------------------------------------ content (counts only)
def content_counts(key):
    n_dm = 0
    with open(os.path.join(HERE, "content", key + ".txt"), encoding="utf-8") as f:
        for line in f:
            if re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d \| dm \|", line):
                n_dm += 1
    return n_dm


# ------------------------------------------------------------------------------------------------ checks
WORK_WINDOWS = {   # local time windows in which an office geotag must also carry `routine`
    "p3-x-k9": lambda d: 7 * 60 <= d.hour * 60 + d.minute <= 19 * 60 + 30,                # shift days incl. weekends
    "p4-facebook-geoint": lambda d: d.weekday() < 6 and 8 * 60 <= d.hour * 60 + d.minute <= 18 * 60 + 30,
}


def check_shape(lab, dev):
    if list(lab) != list(dev):
        fail(f"{lab['persona']}: top-level keys {list(lab)} != dev {list(dev)}")
    if list(lab["truth"]) != list(dev["truth"]):
        fail(f"{lab['persona']}: truth keys differ from dev")
    if list(lab["truth"]["office"]) != list(dev["truth"]["office"]) or \
            list(lab["truth"]["home"]) != list(dev["truth"]["home"]):
        fail(f"{lab['persona']}: office/home keys differ from dev")
    for rp in lab["truth"]["routine_places"]:
        if list(rp) != list(dev["truth"]["routine_places"][0]):
            fail(f"{lab['persona']}: routine place keys")
    for c in lab["contacts"]:
        if list(c) != list(dev["contacts"][0]):
            fail(f"{lab['persona']}: contact keys {list(c)}")
    for p in lab["posts"]:
        if list(p) != list(dev["posts"][0]):
            fail(f"{lab['persona']}: post keys {list(p)}")
            break
        if not set(p["labels"]) <= CATS or p["labels"] != sorted(set(p["labels"])):
            fail(f"{lab['persona']}: bad labels {p['labels']}")
        if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", p["created_at"]):
            fail(f"{lab['persona']}: created_at format {p['created_at']}")
        for g in ("geo", "photo_gps"):
            if p[g] is not None and list(p[g]) != ["lat", "lon"]:
                fail(f"{lab['persona']}: {g} keys")
    if not isinstance(lab["timezone"], str) or lab["platform"] not in ("x", "facebook", "mastodon", "linkedin"):
        fail(f"{lab['persona']}: timezone/platform")


def check_rules(key, lab):
    t = lab["truth"]
    tz = ZoneInfo(lab["timezone"])
    office, home = t["office"], t["home"]
    rps = t["routine_places"]
    for p in lab["posts"]:
        labs = set(p["labels"])
        pts = [g for g in (p["geo"], p["photo_gps"]) if g]
        local = datetime.strptime(p["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).astimezone(tz)
        for g in pts:
            d_off = metres(g["lat"], g["lon"], office["lat"], office["lon"])
            d_home = metres(g["lat"], g["lon"], home["lat"], home["lon"])
            d_rp = min(metres(g["lat"], g["lon"], r["lat"], r["lon"]) for r in rps)
            if d_off <= 300:
                if "location" not in labs:
                    fail(f"{key}: office geotag without location: {p['text'][:40]}")
                win = WORK_WINDOWS.get(key)
                if win and win(local) and "routine" not in labs:
                    fail(f"{key}: office geotag in working hours without routine: {p['text'][:40]}")
                if win and not win(local) and "routine" in labs:
                    fail(f"{key}: office geotag outside working hours labelled routine: {p['text'][:40]}")
            if d_home <= 300 and "home" not in labs:
                fail(f"{key}: home geotag without home: {p['text'][:40]}")
            if d_home > 300 and "home" in labs:
                fail(f"{key}: home label but geotag {d_home:.0f} m from home")
            if d_rp <= 300 and "routine" not in labs:
                fail(f"{key}: routine-place geotag without routine: {p['text'][:40]}")
            if min(d_off, d_home, d_rp) > 300 and labs & {"location", "home", "routine"}:
                fail(f"{key}: geotag away from every sensitive place but labelled {sorted(labs)}: {p['text'][:40]}")
        if "home" in labs and not pts:
            fail(f"{key}: home label without a geotag")
        if labs == {"home"} or not labs:
            continue
    # separations between sensitive places
    if metres(office["lat"], office["lon"], home["lat"], home["lon"]) < 1000:
        fail(f"{key}: home too close to office")
    for r in rps:
        if metres(office["lat"], office["lon"], r["lat"], r["lon"]) < 500 or \
                metres(home["lat"], home["lon"], r["lat"], r["lon"]) < 500:
            fail(f"{key}: routine place {r['name']} too close to office/home")


def check_stats(key, lab):
    n = len(lab["posts"])
    rev = sum(1 for p in lab["posts"] if set(p["labels"]) - {"home"})
    first = lab["posts"][0]["created_at"][:10]
    last = lab["posts"][-1]["created_at"][:10]
    years = (datetime.fromisoformat(last) - datetime.fromisoformat(first)).days / 365.25
    nc = len(lab["contacts"])
    ns = sum(c["suspicious"] for c in lab["contacts"])
    geo = sum(1 for p in lab["posts"] if p["geo"])
    gps = sum(1 for p in lab["posts"] if p["photo_gps"])
    homes = sum(1 for p in lab["posts"] if "home" in p["labels"])
    print(f"  {key}: posts={n} revealing={rev} ({rev / n:.1%}) span={years:.1f}y geotags={geo} photoGPS={gps} "
          f"home={homes} contacts={nc} suspicious={ns}")
    if not 150 <= n <= 190:
        fail(f"{key}: {n} posts outside 150-190")
    if not 0.25 <= rev / n <= 0.35:
        fail(f"{key}: revealing share {rev / n:.2f} outside 25-35%")
    if not 2 <= years <= 4:
        fail(f"{key}: span {years:.1f} years")
    if not 9 <= nc <= 11 or not 4 <= ns <= 6:
        fail(f"{key}: contacts {nc} / suspicious {ns}")
    stamps = [p["created_at"] for p in lab["posts"]]
    if stamps != sorted(stamps) or len(set(stamps)) != len(stamps):
        fail(f"{key}: posts not sorted or created_at not unique")
    ids = [p["native_id"] for p in lab["posts"]]
    if len(set(ids)) != len(ids):
        fail(f"{key}: native ids not unique")
    for c in ("unit", "role", "location", "routine"):
        if not any(c in p["labels"] for p in lab["posts"]):
            fail(f"{key}: no {c} posts")


def compare(key, lab, found, fb=False):
    want = {p["created_at"]: p for p in lab["posts"]}
    got = {}
    for p in found:
        if p["created_at"] in got:
            fail(f"{key}: two archive posts share created_at {p['created_at']}")
        got[p["created_at"]] = p
    if set(want) != set(got):
        fail(f"{key}: archive/labels post sets differ: only archive {sorted(set(got) - set(want))[:3]}, "
             f"only labels {sorted(set(want) - set(got))[:3]}")
    for k in sorted(set(want) & set(got)):
        w, g = want[k], got[k]
        if not fb and g["id"] != w["native_id"]:
            fail(f"{key}: id mismatch at {k}: {g['id']} vs {w['native_id']}")
        if g["text"] != w["text"]:
            fail(f"{key}: text mismatch at {k}: {g['text']!r} vs {w['text']!r}")
        for f in ("geo", "photo_gps"):
            a, b = g[f], w[f]
            if (a is None) != (b is None) or (a and (abs(a["lat"] - b["lat"]) > 1e-6 or abs(a["lon"] - b["lon"]) > 1e-6)):
                fail(f"{key}: {f} mismatch at {k}: {a} vs {b}")


def check_zip(key, path):
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        if names != sorted(names):
            fail(f"{key}: zip entries not sorted")
        if len({i.date_time for i in infos}) != 1:
            fail(f"{key}: zip entries carry different timestamps")
        blob = b"".join(zf.read(n) for n in names if not n.endswith((".jpg", ".jpeg")))
    txt = blob.decode("utf-8", "replace")
    for em in set(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", txt)):
        dom = em.split("@", 1)[1]
        if "." not in dom or dom.endswith((".example", "example.com")):
            continue
        if re.match(r"^[\w-]+\.(example)$", dom):
            continue
        # mentions like @user@host.example are ActivityPub handles; real-looking e-mail domains are not allowed
        if not dom.endswith("example") and not dom.endswith("example.com") and not dom.endswith("example.tw"):
            fail(f"{key}: e-mail-like string outside example domains: {em}")
    for ip in set(re.findall(r"\b(\d{1,3}(?:\.\d{1,3}){3})\b", txt)):
        if not re.match(r"^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$", ip):
            fail(f"{key}: IP outside TEST-NET: {ip}")


def check_watchlist(key, lab, dev_wl):
    with open(os.path.join(HERE, key + ".watchlist.toml"), "rb") as f:
        wl = tomllib.load(f)
    if set(wl) != set(dev_wl):
        fail(f"{key}: watchlist top keys {sorted(wl)} != dev {sorted(dev_wl)}")
    for sect in ("unit", "role", "site"):
        if [sorted(x) for x in wl[sect]] != [sorted(x) for x in dev_wl[sect]]:
            fail(f"{key}: watchlist [[{sect}]] keys differ from dev")
    if wl["timezone"] != lab["timezone"]:
        fail(f"{key}: watchlist timezone")
    if [wl["unit"][0]["name"]] + wl["unit"][0]["aliases"] != lab["truth"]["unit"]:
        fail(f"{key}: watchlist unit names differ from truth")
    if wl["role"][0]["name"] != lab["truth"]["role"]:
        fail(f"{key}: watchlist role")
    s = wl["site"][0]
    if metres(s["lat"], s["lon"], lab["truth"]["office"]["lat"], lab["truth"]["office"]["lon"]) > 1 or s["radius_m"] != 300:
        fail(f"{key}: watchlist site")


def run_score(labels_path, report):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(report, f)
        rp = f.name
    try:
        out = subprocess.run([sys.executable, SCORE, labels_path, rp, "--json"], capture_output=True, text=True)
        if out.returncode != 0:
            fail(f"score.py failed: {out.stderr}")
            return None
        return json.loads(out.stdout)
    finally:
        os.unlink(rp)


def check_scores(key, lab):
    lp = os.path.join(HERE, key + ".labels.json")
    empty = run_score(lp, {"posts": [], "findings": []})
    if empty is None or empty["missing_posts"] != len(lab["posts"]) or empty["found_unit"]:
        fail(f"{key}: empty report scored unexpectedly: {empty}")
    posts = [{"id": p["native_id"], "created_at": p["created_at"], "categories": p["labels"],
              "text": p["text"]} for p in lab["posts"]]

    def ev(c):
        return [p["native_id"] for p in lab["posts"] if c in p["labels"]]
    t = lab["truth"]
    findings = [
        {"category": "unit", "value": t["unit"][0], "evidence": ev("unit")},
        {"category": "role", "value": t["role"], "evidence": ev("role")},
        {"category": "location", "value": t["office"]["name"],
         "location": {"lat": t["office"]["lat"], "lon": t["office"]["lon"]}, "evidence": ev("location")},
        {"category": "routine", "value": "regular schedule", "evidence": ev("routine")},
    ]
    perfect = run_score(lp, {"posts": posts, "findings": findings})
    if perfect is None:
        return
    bad = [k for k in ("recall_unit", "recall_role", "recall_location", "recall_routine", "recall_any")
           if perfect[k] != 1.0]
    bad += [k for k in ("found_unit", "found_role", "found_office", "found_routine") if perfect[k] not in (True, None)]
    if perfect["false_positive_rate"] != 0.0 or perfect["missing_posts"] != 0:
        bad.append("fpr/missing")
    if bad:
        fail(f"{key}: perfect report not 1.0: {bad} {perfect}")
    print(f"  {key}: empty recall_any={empty['recall_any']} | perfect: units/roles/locations/routines 1.0, "
          f"fpr={perfect['false_positive_rate']}, found_office={perfect['found_office']}")


def main():
    dev_lab = json.load(open(os.path.join(DEV, "d1-x-shipyard.labels.json")))
    with open(os.path.join(DEV, "d1-x-shipyard.watchlist.toml"), "rb") as f:
        dev_wl = tomllib.load(f)
    for key in KEYS:
        print(f"== {key}")
        lab = json.load(open(os.path.join(HERE, key + ".labels.json"), encoding="utf-8"))
        check_shape(lab, dev_lab)
        zpath = os.path.join(HERE, lab["archive"])
        check_zip(key, zpath)
        with zipfile.ZipFile(zpath) as zf:
            plat = lab["platform"]
            if plat == "linkedin":
                found, nmsg, present = read_linkedin(zf)
            elif plat == "mastodon":
                found, nmsg, present = read_mastodon(zf)
            elif plat == "x":
                found, nmsg, present, tzname = read_x(zf)
                if tzname != "Singapore":
                    fail(f"{key}: account-timezone {tzname}")
            else:
                found, nmsg, present = read_facebook(zf)
        compare(key, lab, found, fb=(plat == "facebook"))
        if nmsg != content_counts(key):
            fail(f"{key}: {nmsg} messages in archive, {content_counts(key)} in content")
        for c in lab["contacts"]:
            if not present(c):
                fail(f"{key}: contact {c['handle']} not found in the messages")
        check_rules(key, lab)
        check_stats(key, lab)
        check_watchlist(key, lab, dev_wl)
        check_scores(key, lab)
    print()
    if FAILS:
        print(f"{len(FAILS)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
