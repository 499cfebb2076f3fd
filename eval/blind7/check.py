#!/usr/bin/env python3
"""Independent re-reader for the blind7 personas.

Shares no code with generate.py. For every KEY.labels.json next to this file
it reopens KEY.zip the way a platform reader would (marker files, Meta
mojibake repair, X's window.YTD wrappers and split parts, note tweets,
Mastodon HTML, Instagram single/carousel posts and stories) and checks that
the archive and the labels agree one-to-one: created_at, text, native id,
geo, photo GPS. It also checks that every labelled contact really talks to
the person in the DMs, that labels obey the README's geo rules, that the
watchlist agrees with the truth, and that zip entries carry fixed stamps.

usage:
  check.py                    verify every persona, print OK or the problems
  check.py --selftest         also mutate labels in memory and make sure each mutation is caught
  check.py --echo-reports DIR write a "perfect" report per persona (labels echoed) for score.py
"""
import glob
import html
import html.parser
import json
import math
import os
import re
import sys
import tomllib
import zipfile
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"unit", "role", "location", "routine", "home"}


# ---------------------------------------------------------------- utilities
def unmojibake(s):
    if isinstance(s, str) and s and max(map(ord, s)) <= 0xFF:
        try:
            return s.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return s
    return s


def fix(o):
    if isinstance(o, str):
        return unmojibake(o)
    if isinstance(o, list):
        return [fix(v) for v in o]
    if isinstance(o, dict):
        return {fix(k): fix(v) for k, v in o.items()}
    return o


def stamp(epoch):
    return datetime.fromtimestamp(int(epoch), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def dist_m(a_lat, a_lon, b_lat, b_lon):
    k = math.pi / 180
    x = (b_lon - a_lon) * k * math.cos((a_lat + b_lat) / 2 * k)
    y = (b_lat - a_lat) * k
    return 6371000 * math.hypot(x, y)


def js_payload(raw):
    raw = raw.lstrip("\ufeff")
    head, sep, rest = raw.partition("=")
    if not sep:
        raise ValueError("no assignment in JS file")
    body = rest.strip()
    if body.endswith(";"):
        body = body[:-1]
    return head.strip(), json.loads(body)


class Archive:
    def __init__(self, path):
        self.zf = zipfile.ZipFile(path)
        self.names = self.zf.namelist()
        # descend into a single wrapper folder if there is one
        tops = {n.split("/", 1)[0] for n in self.names}
        self.prefix = ""
        if len(tops) == 1 and all("/" in n for n in self.names):
            self.prefix = tops.pop() + "/"

    def has(self, rel):
        return self.prefix + rel in self.names

    def text(self, rel):
        return self.zf.read(self.prefix + rel).decode("utf-8")

    def json(self, rel):
        return json.loads(self.text(rel))

    def match(self, pattern):
        rx = re.compile(pattern)
        return sorted(n[len(self.prefix):] for n in self.names if rx.fullmatch(n[len(self.prefix):]))


def detect(a):
    if a.has("data/manifest.js") or a.has("data/account.js"):
        return "x"
    if a.has("outbox.json") and a.has("actor.json"):
        return "mastodon"
    if a.match(r"(your_instagram_activity/(media|content)|content)/posts_\d+\.json") or \
            a.has("personal_information/personal_information/personal_information.json"):
        return "instagram"
    if a.match(r"(your_facebook_activity|your_activity_across_facebook|posts)/.*your_posts.*\.json") or \
            a.has("personal_information/profile_information/profile_information.json"):
        return "facebook"
    return None


# ---------------------------------------------------------------- readers
def read_facebook(a):
    posts, threads = [], []
    for rel in a.match(r".*your_posts__check_ins__photos_and_videos_\d+\.json|posts/your_posts_\d+\.json"):
        for rec in fix(a.json(rel)):
            text = next((d["post"] for d in rec.get("data", []) if "post" in d), "")
            geo = photo = None
            nid = str(rec["timestamp"])
            for att in rec.get("attachments", []):
                for item in att.get("data", []):
                    if "place" in item and geo is None:
                        c = item["place"].get("coordinate") or {}
                        if c.get("latitude"):
                            geo = (c["latitude"], c["longitude"])
                    if "media" in item:
                        m = item["media"]
                        if nid == str(rec["timestamp"]):
                            nid = os.path.splitext(os.path.basename(m["uri"]))[0]
                        if not a.has(m["uri"]):
                            raise AssertionError(f"media file missing: {m['uri']}")
                        meta = m.get("media_metadata", {}).get("photo_metadata", {})
                        exifs = meta.get("exif_data", [meta]) if isinstance(meta, dict) else []
                        for e in exifs:
                            if photo is None and e.get("latitude") and e.get("longitude"):
                                photo = (e["latitude"], e["longitude"])
                            if e.get("taken_timestamp", 0) > rec["timestamp"]:
                                raise AssertionError("photo taken after it was posted")
            posts.append({"created_at": stamp(rec["timestamp"]), "native_id": nid, "text": text,
                          "geo": geo, "photo_gps": photo})
    for rel in a.match(r".*posts/check-ins\.json"):
        data = fix(a.json(rel))
        if isinstance(data, dict):
            data = [data]
        for rec in data:
            text, geo = "", None
            for lv in rec.get("label_values", []):
                if lv.get("label") == "Message":
                    text = lv.get("value", "")
                for d in lv.get("dict", []) or []:
                    if d.get("label") == "Coordinates":
                        m = re.fullmatch(r"\(\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\)", d["value"])
                        geo = (float(m.group(1)), float(m.group(2)))
            posts.append({"created_at": stamp(rec["timestamp"]), "native_id": str(rec["fbid"]), "text": text,
                          "geo": geo, "photo_gps": None})
    for rel in a.match(r".*messages/[a-z_]+/[^/]+/message_\d+\.json"):
        t = fix(a.json(rel))
        slug = rel.split("/")[-2]
        threads.append({"handle": slug.rsplit("_", 1)[0], "id": None,
                        "names": [p["name"] for p in t["participants"]],
                        "senders": [m["sender_name"] for m in t["messages"]],
                        "times": [m["timestamp_ms"] for m in t["messages"]]})
    return posts, threads


def read_x(a):
    _, manifest = js_payload(a.text("data/manifest.js"))
    files = [f["fileName"] for f in manifest["dataTypes"]["tweets"]["files"]]
    globbed = a.match(r"data/tweets?(-part\d+)?\.js")
    if sorted(files) != sorted(globbed):
        raise AssertionError(f"manifest tweets parts {files} != files present {globbed}")
    notes = []
    if a.has("data/note-tweet.js"):
        _, nt = js_payload(a.text("data/note-tweet.js"))
        notes = [n["noteTweet"] for n in nt]
    posts = []
    for i, rel in enumerate(files):
        name, arr = js_payload(a.text(rel))
        want = manifest["dataTypes"]["tweets"]["files"][i]["globalName"]
        if name != "window." + want:
            raise AssertionError(f"{rel}: wrapper {name} != {want}")
        if str(len(arr)) != manifest["dataTypes"]["tweets"]["files"][i]["count"]:
            raise AssertionError(f"{rel}: count mismatch with manifest")
        for rec in arr:
            t = rec.get("tweet", rec)
            when = datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S %z %Y")
            text = html.unescape(t["full_text"])
            if "…" in text:
                head = text.split("…")[0]
                cands = [n for n in notes if n["createdAt"][:19] == when.strftime("%Y-%m-%dT%H:%M:%S")
                         and n["core"]["text"].startswith(head)]
                if len(cands) != 1:
                    raise AssertionError(f"note tweet join failed for {t['id_str']}")
                text = cands[0]["core"]["text"]
            geo = None
            if "coordinates" in t and t["coordinates"]:
                lon, lat = (float(v) for v in t["coordinates"]["coordinates"])
                glat, glon = (float(v) for v in t["geo"]["coordinates"])
                if (glat, glon) != (lat, lon):
                    raise AssertionError("geo / coordinates disagree")
                geo = (lat, lon)
            for m in t.get("extended_entities", {}).get("media", []):
                fn = f"data/tweets_media/{t['id_str']}-{os.path.basename(m['media_url_https'])}"
                if not a.has(fn):
                    raise AssertionError(f"missing media {fn}")
            posts.append({"created_at": when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                          "native_id": t["id_str"], "text": text, "geo": geo, "photo_gps": None})
    _, acct = js_payload(a.text("data/account.js"))
    me = acct[0]["account"]["accountId"]
    threads = []
    _, dms = js_payload(a.text("data/direct-messages.js"))
    for c in dms:
        conv = c["dmConversation"]
        other = [p for p in conv["conversationId"].split("-") if p != me]
        msgs = [m["messageCreate"] for m in conv["messages"] if "messageCreate" in m]
        threads.append({"handle": None, "id": other[0], "names": [],
                        "senders": [m["senderId"] for m in msgs], "times": [m["createdAt"] for m in msgs]})
    return posts, threads


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.cur.append("\n")

    def handle_endtag(self, tag):
        if tag == "p":
            self.paras.append("".join(self.cur))
            self.cur = []

    def handle_data(self, data):
        self.cur.append(data)

    def result(self):
        if self.cur:
            self.paras.append("".join(self.cur))
        return "\n\n".join(self.paras)


def strip_html(s):
    p = _Text()
    p.feed(s)
    p.close()
    return p.result()


def read_mastodon(a):
    outbox = a.json("outbox.json")
    actor = a.json("actor.json")["id"]
    public = "https://www.w3.org/ns/activitystreams#Public"
    posts, threads = [], {}
    for it in outbox["orderedItems"]:
        if it["type"] != "Create":
            continue
        o = it["object"]
        aud = set(o.get("to", [])) | set(o.get("cc", []))
        direct = public not in aud and f"{actor}/followers" not in aud and "as:Public" not in aud
        for att in o.get("attachment", []):
            path = att["url"][att["url"].index("media_attachments/"):]
            if not a.has(path):
                raise AssertionError(f"missing attachment {path}")
        if direct:
            for tg in o.get("tag", []):
                if tg["type"] == "Mention":
                    th = threads.setdefault(tg["href"], {"handle": tg["name"], "id": tg["href"], "names": [],
                                                         "senders": [], "times": []})
                    th["senders"].append(actor)
                    th["times"].append(o["published"])
            continue
        posts.append({"created_at": o["published"], "native_id": o["id"].rstrip("/").rsplit("/", 1)[-1],
                      "text": strip_html(o["content"]), "geo": None, "photo_gps": None})
    return posts, list(threads.values())


def read_instagram(a, tzname):
    posts, threads = [], []
    tz = ZoneInfo(tzname)

    def exif_gps(media_list):
        for m in media_list:
            for e in m.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data", []):
                if e.get("latitude") and e.get("longitude"):
                    return (e["latitude"], e["longitude"])
        return None

    def igid(uri):
        return os.path.splitext(os.path.basename(uri))[0].rsplit("_", 1)[-1]

    def check_local(media_list, created):
        for m in media_list:
            if not a.has(m["uri"]):
                raise AssertionError(f"missing media {m['uri']}")
            for e in m.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data", []):
                if "date_time_original" in e:
                    taken = datetime.strptime(e["date_time_original"], "%Y:%m:%d %H:%M:%S").replace(tzinfo=tz)
                    lag = (created - taken).total_seconds()
                    if not 0 <= lag <= 3600:
                        raise AssertionError(f"EXIF local time {e['date_time_original']} inconsistent with "
                                             f"{created.isoformat()} in {tzname}")

    for rel in a.match(r"(your_instagram_activity/(media|content)|content)/posts_\d+\.json"):
        for rec in fix(a.json(rel)):
            media = rec["media"]
            ts = rec.get("creation_timestamp", media[0]["creation_timestamp"])
            title = rec["title"] if "title" in rec else media[0].get("title", "")
            check_local(media, datetime.fromtimestamp(ts, timezone.utc))
            posts.append({"created_at": stamp(ts), "native_id": igid(media[0]["uri"]), "text": title,
                          "geo": None, "photo_gps": exif_gps(media)})
    for rel in a.match(r"(your_instagram_activity/(media|content)|content)/stories\.json"):
        for m in fix(a.json(rel))["ig_stories"]:
            check_local([m], datetime.fromtimestamp(m["creation_timestamp"], timezone.utc))
            posts.append({"created_at": stamp(m["creation_timestamp"]), "native_id": igid(m["uri"]),
                          "text": m.get("title", ""), "geo": None, "photo_gps": exif_gps([m])})
    for rel in a.match(r"your_instagram_activity/messages/inbox/[^/]+/message_\d+\.json"):
        t = fix(a.json(rel))
        slug = rel.split("/")[-2]
        threads.append({"handle": slug.rsplit("_", 1)[0], "id": None,
                        "names": [p["name"] for p in t["participants"]],
                        "senders": [m["sender_name"] for m in t["messages"]],
                        "times": [m["timestamp_ms"] for m in t["messages"]]})
    return posts, threads


# ---------------------------------------------------------------- verification
def same_pt(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a[0] - b["lat"]) < 1e-6 and abs(a[1] - b["lon"]) < 1e-6


def verify(labels, watch_text, zpath):
    errs = []
    a = Archive(zpath)
    plat = detect(a)
    if plat != labels["platform"]:
        return [f"platform detected {plat!r}, labels say {labels['platform']!r}"]
    stamps = {zi.date_time for zi in a.zf.infolist()}
    if len(stamps) != 1:
        errs.append(f"zip entries carry {len(stamps)} different timestamps")
    try:
        if plat == "facebook":
            got, threads = read_facebook(a)
        elif plat == "x":
            got, threads = read_x(a)
        elif plat == "mastodon":
            got, threads = read_mastodon(a)
        else:
            got, threads = read_instagram(a, labels["timezone"])
    except (AssertionError, KeyError, ValueError) as e:
        return [f"reader failed: {e!r}"]

    # one-to-one agreement
    by_time = {}
    for g in got:
        if g["created_at"] in by_time:
            errs.append(f"two archive posts at {g['created_at']}")
        by_time[g["created_at"]] = g
    seen = set()
    for p in labels["posts"]:
        k = p["created_at"]
        if k in seen:
            errs.append(f"duplicate label created_at {k}")
        seen.add(k)
        g = by_time.get(k)
        if g is None:
            errs.append(f"label {k} {p['text'][:30]!r} has no archive post")
            continue
        if g["text"] != p["text"]:
            errs.append(f"{k}: text differs: archive {g['text'][:40]!r} label {p['text'][:40]!r}")
        if g["native_id"] != p["native_id"]:
            errs.append(f"{k}: native_id archive {g['native_id']} label {p['native_id']}")
        if not same_pt(g["geo"], p["geo"]):
            errs.append(f"{k}: geo archive {g['geo']} label {p['geo']}")
        if not same_pt(g["photo_gps"], p["photo_gps"]):
            errs.append(f"{k}: photo_gps archive {g['photo_gps']} label {p['photo_gps']}")
        bad = set(p["labels"]) - CATS
        if bad:
            errs.append(f"{k}: unknown labels {bad}")
        if p["labels"] != sorted(set(p["labels"])):
            errs.append(f"{k}: labels not sorted/unique")
    for k in by_time:
        if k not in seen:
            errs.append(f"archive post {k} {by_time[k]['text'][:30]!r} is not labelled")
    ids = [p["native_id"] for p in labels["posts"]]
    if len(ids) != len(set(ids)):
        errs.append("native ids are not unique")
    if [p["created_at"] for p in labels["posts"]] != sorted(p["created_at"] for p in labels["posts"]):
        errs.append("posts are not in time order")

    # contacts really appear in the DMs, and every DM partner is labelled
    matched = set()
    for c in labels["contacts"]:
        hits = []
        for i, t in enumerate(threads):
            if c.get("id") and t["id"] == c["id"]:
                hits.append(i)
            elif t["handle"] and t["handle"] == c["handle"] and (not t["names"] or c["name"] in t["names"]):
                hits.append(i)
        if len(hits) != 1:
            errs.append(f"contact {c['handle']} found in {len(hits)} DM threads")
            continue
        t = threads[hits[0]]
        matched.add(hits[0])
        if plat == "mastodon":
            if t["handle"] != c["handle"]:
                errs.append(f"contact {c['handle']}: mention name {t['handle']}")
        else:
            who = c["id"] if plat == "x" else c["name"]
            if who not in t["senders"]:
                errs.append(f"contact {c['handle']} never writes in the thread")
    if len(matched) != len(threads):
        errs.append(f"{len(threads) - len(matched)} DM threads have no labelled contact")
    if not 2 <= sum(1 for c in labels["contacts"] if c["suspicious"]) <= 4:
        errs.append("need 2-4 suspicious contacts")

    # geo rules from the eval README
    tr = labels["truth"]
    office, home = tr["office"], tr["home"]
    rps = tr.get("routine_places", [])
    for p in labels["posts"]:
        for pt in (p["geo"], p["photo_gps"]):
            if not pt:
                continue
            d_off = dist_m(pt["lat"], pt["lon"], office["lat"], office["lon"])
            d_home = dist_m(pt["lat"], pt["lon"], home["lat"], home["lon"])
            d_rp = min([dist_m(pt["lat"], pt["lon"], r["lat"], r["lon"]) for r in rps] or [1e9])
            if d_off <= 300 and "location" not in p["labels"]:
                errs.append(f"{p['created_at']}: geotag {d_off:.0f} m from office but no location label")
            if d_home <= 150 and "home" not in p["labels"]:
                errs.append(f"{p['created_at']}: geotag at home but no home label")
            if d_rp <= 200 and "routine" not in p["labels"]:
                errs.append(f"{p['created_at']}: geotag at a routine place but no routine label")
            if not p["labels"] and min(d_off, d_home, d_rp) < 3000:
                errs.append(f"{p['created_at']}: benign post geotagged {min(d_off, d_home, d_rp):.0f} m from a truth place")
    n = len(labels["posts"])
    benign = sum(1 for p in labels["posts"] if not p["labels"])
    if not 0.40 <= benign / n <= 0.50:
        errs.append(f"benign share {benign}/{n} outside 40-50%")
    for c in ("unit", "role", "routine"):
        if not any(c in p["labels"] for p in labels["posts"]):
            errs.append(f"no {c} posts")

    # watchlist
    try:
        w = tomllib.loads(watch_text)
        if w["timezone"] != labels["timezone"]:
            errs.append("watchlist timezone differs")
        names = [w["unit"][0]["name"]] + w["unit"][0].get("aliases", [])
        for nm in names:
            if nm not in tr["unit"]:
                errs.append(f"watchlist unit name {nm!r} not in truth")
        if w["role"][0]["name"] != tr["role"]:
            errs.append("watchlist role differs from truth")
        s = w["site"][0]
        if dist_m(s["lat"], s["lon"], office["lat"], office["lon"]) > 50 or s["radius_m"] <= 0:
            errs.append("watchlist site is not the office")
    except (tomllib.TOMLDecodeError, KeyError, IndexError) as e:
        errs.append(f"watchlist: {e!r}")
    return errs


def load(key):
    with open(os.path.join(HERE, key + ".labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    with open(os.path.join(HERE, key + ".watchlist.toml"), encoding="utf-8") as f:
        watch = f.read()
    return labels, watch, os.path.join(HERE, labels["archive"])


def mutations(labels):
    """(description, mutate-function) pairs; each must be caught."""
    import copy
    posts = labels["posts"]
    geo_i = next((i for i, p in enumerate(posts) if p["geo"] or p["photo_gps"]), None)
    off_i = next((i for i, p in enumerate(posts) if "location" in p["labels"] and (p["geo"] or p["photo_gps"])), None)

    def m_text(L):
        L["posts"][len(posts) // 2]["text"] += "!"

    def m_time(L):
        p = L["posts"][len(posts) // 3]
        t = datetime.strptime(p["created_at"], "%Y-%m-%dT%H:%M:%SZ") + timedelta(seconds=1)
        p["created_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def m_geo(L):
        p = L["posts"][geo_i]
        key = "geo" if p["geo"] else "photo_gps"
        p[key] = {"lat": p[key]["lat"] + 0.001, "lon": p[key]["lon"]}

    def m_id(L):
        L["posts"][5]["native_id"] = L["posts"][5]["native_id"][:-1] + "x"

    def m_drop(L):
        del L["posts"][7]

    def m_contact(L):
        L["contacts"][0]["name"] = L["contacts"][0]["name"] + "z"
        L["contacts"][0]["handle"] = L["contacts"][0]["handle"] + "z"
        if L["contacts"][0].get("id"):
            L["contacts"][0]["id"] = L["contacts"][0]["id"] + "9"

    def m_swap_text(L):
        a, b = L["posts"][10], L["posts"][11]
        a["text"], b["text"] = b["text"], a["text"]

    def m_unlabel_office(L):
        L["posts"][off_i]["labels"] = [x for x in L["posts"][off_i]["labels"] if x != "location"]

    def m_add_geo(L):
        L["posts"][3]["geo"] = {"lat": L["truth"]["office"]["lat"], "lon": L["truth"]["office"]["lon"]}

    out = [("text edited", m_text), ("created_at +1s", m_time),
           ("geo moved 110 m", m_geo) if geo_i is not None else ("geo invented", m_add_geo),
           ("native id changed", m_id), ("post dropped", m_drop), ("contact renamed", m_contact),
           ("two texts swapped", m_swap_text)]
    if off_i is not None:
        out.append(("office geotag lost its location label", m_unlabel_office))
    return [(d, f, copy.deepcopy(labels)) for d, f in out]


def echo_report(labels):
    posts = [{"id": p["native_id"], "created_at": p["created_at"], "categories": p["labels"]} for p in labels["posts"]]
    ids = lambda c: [p["native_id"] for p in labels["posts"] if c in p["labels"]]
    tr = labels["truth"]
    findings = [
        {"category": "unit", "value": tr["unit"][0], "evidence": ids("unit")},
        {"category": "role", "value": tr["role"], "evidence": ids("role")},
        {"category": "location", "value": tr["office"]["name"],
         "location": {"lat": tr["office"]["lat"], "lon": tr["office"]["lon"]}, "evidence": ids("location")},
        {"category": "routine", "value": "recurring places and times", "evidence": ids("routine")},
    ] + [{"category": "contact", "value": c["handle"], "evidence": []} for c in labels["contacts"] if c["suspicious"]]
    return {"posts": posts, "findings": findings}


def main(argv):
    keys = sorted(os.path.basename(p)[:-len(".labels.json")] for p in glob.glob(os.path.join(HERE, "*.labels.json")))
    if not keys:
        print("no personas found")
        return 1
    failed = False
    for key in keys:
        labels, watch, zpath = load(key)
        errs = verify(labels, watch, zpath)
        n = len(labels["posts"])
        if errs:
            failed = True
            print(f"FAIL {key}: {len(errs)} problems")
            for e in errs[:25]:
                print("   ", e)
        else:
            print(f"ok   {key}: {n} posts, {len(labels['contacts'])} contacts agree with {labels['archive']}")
        if "--selftest" in argv:
            caught = 0
            muts = mutations(labels)
            for desc, f, L in muts:
                f(L)
                if verify(L, watch, zpath):
                    caught += 1
                else:
                    failed = True
                    print(f"     mutation NOT caught: {desc}")
            print(f"     selftest: {caught}/{len(muts)} label mutations caught")
        if "--echo-reports" in argv:
            d = argv[argv.index("--echo-reports") + 1]
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, key + ".report.json"), "w", encoding="utf-8") as f:
                json.dump(echo_report(labels), f, ensure_ascii=False, indent=1)
    print("FAILED" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
