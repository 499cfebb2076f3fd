#!/usr/bin/env python3
"""Write the made-up sample archives in sample-exports/, one per platform, deterministically.

Every person, employer, place and message here is invented. Each archive follows its
platform's real export format (see ../shared/reference/archive-formats.md) and contains posts
that, taken together, reveal an employer, a role, an office location and a routine.

Run from anywhere:  python3 sample-exports/generate/generate.py
"""

import csv
import io
import json
import os
import random
import zipfile
from datetime import datetime, timedelta, timezone

import jpeg

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXED = (2024, 1, 1, 0, 0, 0)


def write_zip(name, files):
    """files: {path: bytes|str}. Sorted entries, fixed timestamps: same bytes every run."""
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(files):
            data = files[p]
            if isinstance(data, str):
                data = data.encode("utf-8")
            info = zipfile.ZipInfo(p, date_time=FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    print("wrote", path, len(files), "entries")


def ts(y, mo, d, h, mi, tz_hours, s=0):
    """Epoch seconds of a local wall-clock time in a fixed UTC offset."""
    return int(datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=tz_hours))).timestamp())


def meta_mojibake(obj):
    """Facebook/Instagram escaping: each UTF-8 byte of a string becomes a \\u00XX escape."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [meta_mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {meta_mojibake(k): meta_mojibake(v) for k, v in obj.items()}
    return obj


def meta_json(obj):
    return json.dumps(meta_mojibake(obj), indent=2, ensure_ascii=True)


def jitter(rng, base, metres=60):
    d = metres / 111_000
    return (round(base[0] + rng.uniform(-d, d), 6), round(base[1] + rng.uniform(-d, d), 6))


# --------------------------------------------------------------------------------------------
# Facebook: 林美华 (Lin Meihua), GIS analyst at the made-up 东门测绘院 (Eastgate Survey
# Institute), Shanghai, UTC+8. 2024+ layout (your_facebook_activity/).
# --------------------------------------------------------------------------------------------
def facebook():
    rng = random.Random(2024)
    tz = 8
    office = (31.228600, 121.475000)
    home = (31.205100, 121.440300)
    root = "your_facebook_activity/posts/"
    media_dir = root + "media/Mobileuploads_8812/"
    posts, files = [], {}

    def status(t, text):
        posts.append({"timestamp": t, "data": [{"post": text}], "title": "林美华 updated her status."})

    status(ts(2024, 3, 4, 8, 5, tz), "周一早上7:40的2号线永远那么挤 😩 又是新的一周")
    status(ts(2024, 3, 5, 21, 30, tz), "今天在测绘院加班到九点，GIS 数据终于跑完了")
    status(ts(2024, 3, 7, 12, 15, tz), "New badge arrived! 东门测绘院 第三分队 GIS 分析师 🎉")
    status(ts(2024, 3, 12, 6, 45, tz), "Morning run along the Huangpu before work, same loop every Tuesday and Thursday 🏃‍♀️")
    status(ts(2024, 3, 14, 6, 50, tz), "Thursday run done. 5 km before the office opens at 8:30.")
    status(ts(2024, 3, 19, 18, 40, tz), "下班路上买了生煎，周二的固定节目")
    status(ts(2024, 3, 23, 10, 0, tz), "周末终于可以睡懒觉 😴")
    status(ts(2024, 4, 2, 17, 55, tz), "项目验收通过！整个分队今晚聚餐")
    # Photos uploaded from the office, with the camera's GPS in exif_data.
    for i, (day, hh, mm) in enumerate([(6, 10, 20), (13, 14, 5), (20, 11, 40), (27, 15, 30)]):
        lat, lon = jitter(rng, office)
        name = "4313%02d_1016%02d_n.jpg" % (i, i)
        uri = media_dir + name
        t = ts(2024, 3, day, hh, mm, tz)
        files[uri] = jpeg.jpeg(120 + i * 10)
        posts.append({
            "timestamp": t + 30,
            "attachments": [{"data": [{"media": {
                "uri": uri,
                "creation_timestamp": t + 30,
                "media_metadata": {"photo_metadata": {"exif_data": [
                    {"upload_ip": "203.0.113.%d" % (10 + i), "taken_timestamp": t,
                     "latitude": lat, "longitude": lon,
                     "camera_make": "HUAWEI", "camera_model": "P60"}]}},
                "title": "Mobile uploads",
                "description": ["工位窗外的风景", "测绘院楼下的玉兰开了 🌸", "Field kit check before the survey", "第三分队白板上的排班表"][i],
            }}]}],
            "data": [{"post": ["工位窗外的风景", "测绘院楼下的玉兰开了 🌸", "Field kit check before the survey", "第三分队白板上的排班表"][i]}],
            "title": "林美华 added a new photo.",
        })
    # A photo whose JSON has only the year-0 taken_timestamp bug and no GPS; the file itself
    # (unusually) kept its EXIF, so mosaic reads the location from the file.
    uri = media_dir + "4313_lunch_n.jpg"
    lat, lon = jitter(rng, office, 120)
    t = ts(2024, 3, 21, 12, 30, tz)
    files[uri] = jpeg.jpeg(140, make="HUAWEI", model="P60", taken="2024:03:21 12:29:10",
                           offset="+08:00", lat=lat, lon=lon)
    posts.append({
        "timestamp": t,
        "attachments": [{"data": [{"media": {
            "uri": uri, "creation_timestamp": t,
            "media_metadata": {"photo_metadata": {"exif_data": [{"upload_ip": "203.0.113.9", "taken_timestamp": -62169958800}]}},
            "title": "Mobile uploads", "description": ""}}]}],
        "data": [],
        "title": "林美华 added a new photo.",
    })
    # Check-ins at the office canteen and the gym (place with numeric coordinates).
    for day in (8, 15, 22):
        posts.append({
            "timestamp": ts(2024, 3, day, 12, 10, tz),
            "attachments": [{"data": [{"place": {
                "name": "东门测绘院 食堂",
                "coordinate": {"latitude": office[0] + 0.0002, "longitude": office[1] - 0.0001},
                "address": "上海市黄浦区东门路 88 号",
                "url": "https://www.facebook.com/eastgate.canteen"}}]}],
            "data": [{"post": "周五食堂有红烧肉"}],
            "title": "林美华 was at 东门测绘院 食堂.",
        })
    # Title-only and attachment-only activities.
    posts.append({"timestamp": ts(2024, 3, 9, 20, 0, tz), "title": "林美华 updated her profile picture."})
    posts.append({
        "timestamp": ts(2024, 3, 26, 9, 5, tz),
        "attachments": [{"data": [{"external_context": {"url": "https://example.org/eastgate-survey/annual-report-2023"}}]}],
        "title": "林美华 shared a link.",
    })
    posts.append({
        "timestamp": ts(2024, 3, 28, 19, 0, tz),
        "attachments": [{"data": [{"event": {"name": "第三分队 季度团建", "start_timestamp": ts(2024, 4, 6, 14, 0, tz), "end_timestamp": ts(2024, 4, 6, 18, 0, tz)}}]}],
        "title": "林美华 created an event.",
    })
    files[root + "your_posts__check_ins__photos_and_videos_1.json"] = meta_json(posts)
    # 2024 check-ins file, label_values form with the "(lat , lon)" string.
    checkins = []
    for i, (day, hh) in enumerate([(11, 9), (18, 9), (25, 8)]):
        checkins.append({
            "timestamp": ts(2024, 3, day, hh, 20, tz),
            "fbid": "10160000000%04d" % i,
            "media": [],
            "label_values": [
                {"label": "Message", "value": "又是周一，打卡上班"},
                {"label": "Place tags", "dict": [
                    {"label": "Name", "value": "东门测绘院"},
                    {"label": "Address", "value": "上海市黄浦区东门路 88 号"},
                    {"label": "Coordinates", "value": "(%.9f , %.9f)" % (office[0], office[1])}]},
            ],
        })
    files[root + "check-ins.json"] = meta_json(checkins)
    files["personal_information/profile_information/profile_information.json"] = meta_json({
        "profile_v2": {
            "name": {"full_name": "林美华", "first_name": "美华", "last_name": "林"},
            "current_city": {"name": "上海市", "timestamp": ts(2021, 5, 1, 10, 0, tz)},
            "hometown": {"name": "杭州市", "timestamp": 0},
            "work_experiences": [
                {"employer": "东门测绘院 (Eastgate Survey Institute)", "title": "GIS 分析师",
                 "location": "上海市", "description": "第三分队", "start_timestamp": ts(2021, 6, 1, 9, 0, tz),
                 "timestamp": ts(2021, 6, 2, 9, 0, tz)}],
            "education_experiences": [
                {"name": "同济大学", "graduated": True, "concentrations": ["测绘工程"], "school_type": "College",
                 "timestamp": 0}],
            "username": "meihua.lin.sample",
            "registration_timestamp": ts(2012, 9, 1, 10, 0, tz),
        }
    })
    thread = "your_facebook_activity/messages/inbox/zhangwei_10000000001/message_1.json"
    files[thread] = meta_json({
        "participants": [{"name": "张伟"}, {"name": "林美华"}],
        "messages": [
            {"sender_name": "林美华", "timestamp_ms": ts(2024, 3, 5, 21, 35, tz) * 1000 + 120, "content": "今天又加班，明早七点四十地铁站见", "is_geoblocked_for_viewer": False},
            {"sender_name": "张伟", "timestamp_ms": ts(2024, 3, 5, 21, 33, tz) * 1000, "content": "还在测绘院吗？", "is_geoblocked_for_viewer": False},
        ],
        "title": "张伟", "is_still_participant": True, "thread_path": "inbox/zhangwei_10000000001",
        "magic_words": [],
    })
    write_zip("facebook-meihua.zip", files)


# --------------------------------------------------------------------------------------------
# Instagram: Tomas Berg, welder at the made-up Nordvik Ferry Yard, Bergen, UTC+1 (winter).
# 2025 layout (your_instagram_activity/media/).
# --------------------------------------------------------------------------------------------
def instagram():
    rng = random.Random(7)
    tz = 1
    yard = (60.401200, 5.301900)
    posts, files = [], {}
    captions = [
        "Dock 3 again. Hull #217 is coming along 🔥",
        "Night shift crew at Nordvik Ferry Yard 💪",
        "Certified for TIG on aluminium today! Welder level 2 ✅",
        "Same view every morning at 06:45, yard gate B",
        "Lunch on the quay, 11:30 sharp as always",
        "焊接车间的新面罩 👀",
        "Friday = fish soup at the canteen",
        "Launching day for hull #214 🚢",
    ]
    for i, cap in enumerate(captions):
        day = 8 + i * 3
        when = datetime(2024, 1, day, 7 + (i % 4) * 2, 10 + i, tzinfo=timezone(timedelta(hours=tz)))
        if when.weekday() >= 5:
            when += timedelta(days=2)
        t = int(when.timestamp())
        lat, lon = jitter(rng, yard, 80)
        uri = "media/posts/202401/%d_1890%03d_n_1790%08d.jpg" % (4000 + i, i, i)
        files[uri] = jpeg.jpeg(100 + i * 5)
        exif = {"iso": 100, "focal_length": "4.2", "date_time_original": when.strftime("%Y:%m:%d %H:%M:%S"),
                "source_type": "camera", "device_id": "ios-0000-sample"}
        if i % 3 != 2:
            exif["latitude"] = lat
            exif["longitude"] = lon
        item = {"uri": uri, "creation_timestamp": t + 600,
                "media_metadata": {"photo_metadata": {"exif_data": [exif]}, "camera_metadata": {"has_camera_metadata": True}},
                "title": cap, "cross_post_source": {"source_app": "FB"}}
        posts.append({"media": [item]})
    # A carousel: caption and time on the post, per-media titles empty.
    car = []
    for j in range(3):
        uri = "media/posts/202402/%d_carousel_%d_n_1791000%02d.jpg" % (5000 + j, j, j)
        files[uri] = jpeg.jpeg(90 + j * 20)
        car.append({"uri": uri, "creation_timestamp": ts(2024, 2, 2, 15, 0, tz),
                    "media_metadata": {"photo_metadata": {"exif_data": [{"date_time_original": "2024:02:02 14:5%d:00" % j}]}},
                    "title": ""})
    posts.append({"media": car, "title": "Team photo day at the yard — welding shop B, 2nd shift 👷‍♂️", "creation_timestamp": ts(2024, 2, 2, 15, 20, tz)})
    files["your_instagram_activity/media/posts_1.json"] = meta_json(posts)
    stories = []
    for k in range(4):
        t = ts(2024, 2, 5 + k, 6, 50, tz)
        uri = "media/stories/202402/story_%d_n_17920000%02d.jpg" % (k, k)
        files[uri] = jpeg.jpeg(160)
        stories.append({"uri": uri, "creation_timestamp": t,
                        "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": yard[0], "longitude": yard[1]}]}},
                        "title": "Gate B, 06:50 ☕" if k % 2 == 0 else "", "cross_post_source": {"source_app": "FB"}})
    files["your_instagram_activity/media/stories.json"] = meta_json({"ig_stories": stories})
    files["personal_information/personal_information/personal_information.json"] = meta_json({
        "profile_user": [{"title": "", "media_map_data": {},
                          "string_map_data": {
                              "Username": {"href": "", "value": "tomas.welds", "timestamp": 0},
                              "Name": {"href": "", "value": "Tomas Berg", "timestamp": 0},
                              "Bio": {"href": "", "value": "Welder @ Nordvik Ferry Yard ⚓ Bergen · 焊工", "timestamp": 0},
                              "Website": {"href": "", "value": "", "timestamp": 0}}}]})
    files["personal_information/information_about_you/account_based_in.json"] = meta_json({
        "inferred_data_primary_location": [{"media_map_data": {}, "title": "",
                                            "string_map_data": {"City Name": {"href": "", "value": "Bergen, Vestland", "timestamp": 0}}}]})
    files["your_instagram_activity/messages/inbox/kari_17841400000000001/message_1.json"] = meta_json({
        "participants": [{"name": "Kari Lund"}, {"name": "Tomas Berg"}],
        "messages": [
            {"sender_name": "Tomas Berg", "timestamp_ms": ts(2024, 1, 9, 16, 5, tz) * 1000, "content": "Off at 15:30, see you at the quay café 😊", "is_geoblocked_for_viewer": False},
            {"sender_name": "Kari Lund", "timestamp_ms": ts(2024, 1, 9, 15, 58, tz) * 1000, "content": "Done at the yard yet?", "is_geoblocked_for_viewer": False},
        ],
        "title": "Kari Lund", "is_still_participant": True, "thread_path": "inbox/kari_17841400000000001", "magic_words": []})
    write_zip("instagram-tomas.zip", files)


# --------------------------------------------------------------------------------------------
# Mastodon: Priya Raman, backend engineer at the made-up Kestrel Analytics, Leeds, UTC+0.
# --------------------------------------------------------------------------------------------
def mastodon():
    base = "https://social.example/users/priya"
    items, files = [], {}
    ctx = ["https://www.w3.org/ns/activitystreams", {"ostatus": "http://ostatus.org#", "sensitive": "as:sensitive"}]
    public = ["https://www.w3.org/ns/activitystreams#Public"]
    followers = [base + "/followers"]
    texts = [
        ("<p>First week on the data platform team at Kestrel Analytics 🎉 Backend engineer, mostly Rust &amp; Postgres.</p>", None, None),
        ("<p>The 07:42 from Headingley is the only train that gets me to the office before standup at 9.</p>", None, None),
        ("<p>On-call this week for the ingestion pipeline. Pager goes off, I go to the <a href=\"https://social.example/tags/kestrel\" class=\"mention hashtag\" rel=\"tag\">#<span>kestrel</span></a> war room on floor 4.</p>", None, None),
        ("<p>Wednesday climbing at the wall after work, 18:30 like clockwork 🧗</p>", None, None),
        ("<p>Our office by the canal finally got decent coffee.<br>Photo from my desk.</p>", "desk", None),
        ("<p>Incident review notes are up; thanks to everyone who stayed late.</p>", None, "work stuff"),
        ("<p>&lt;rant&gt; who schedules a 4pm Friday deploy &lt;/rant&gt;</p>", None, None),
        ("<p>Lunch walk along the canal, 12:30, same route every day.</p>", "walk", None),
        ("<p>Hiring! Kestrel Analytics is looking for a second SRE in Leeds. DM me.</p>", None, None),
        ("<p>Gym before work on Mondays and Thursdays, 06:30 sharp.</p>", None, None),
        ("<p><span class=\"h-card\"><a href=\"https://social.example/@sam\" class=\"u-url mention\">@<span>sam</span></a></span> yes, I&#39;ll bring the badge reader fix tomorrow</p>", None, None),
        ("<p>Standup moved to 9:15 from next week.</p>", None, None),
    ]
    n = 0
    for i, (html, media, cw) in enumerate(texts):
        day = 1 + i * 2
        when = datetime(2023, 5, day, 7 + (i * 5) % 11, (i * 7) % 60, 5, tzinfo=timezone.utc)
        sid = str(110300000000000000 + i * 1111)
        obj = {
            "id": base + "/statuses/" + sid, "type": "Note", "summary": cw,
            "inReplyTo": "https://social.example/users/sam/statuses/110299999999999999" if i == 10 else None,
            "published": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "url": "https://social.example/@priya/" + sid,
            "attributedTo": base, "to": public, "cc": followers, "sensitive": cw is not None,
            "content": html, "contentMap": {"en": html}, "attachment": [], "tag": [],
        }
        if media:
            path = "media_attachments/files/110/300/000/000/%03d/original/%s.jpeg" % (i, media)
            files[path] = jpeg.jpeg(130)
            obj["attachment"].append({"type": "Document", "mediaType": "image/jpeg",
                                      "url": "/priya-bucket/" + path,
                                      "name": "View from my desk at Kestrel, canal outside" if media == "desk" else "Canal towpath at lunchtime",
                                      "blurhash": "UPJ[3I_NI9t7ROx]", "width": 8, "height": 8})
        items.append({"id": base + "/statuses/" + sid + "/activity", "type": "Create", "actor": base,
                      "published": obj["published"], "to": public, "cc": followers, "object": obj})
        n += 1
    # A direct-visibility post, and two boosts.
    items.append({"id": base + "/statuses/110300000000099999/activity", "type": "Create", "actor": base,
                  "published": "2023-05-26T17:45:00Z", "to": ["https://social.example/users/sam"], "cc": [],
                  "object": {"id": base + "/statuses/110300000000099999", "type": "Note", "summary": None,
                             "inReplyTo": None, "published": "2023-05-26T17:45:00Z",
                             "url": "https://social.example/@priya/110300000000099999",
                             "to": ["https://social.example/users/sam"], "cc": [],
                             "content": "<p>Door code for the Kestrel side entrance is changing Monday, I&#39;ll text you.</p>",
                             "attachment": [], "tag": []}})
    for j in range(2):
        items.append({"id": base + "/statuses/11030000000010000%d/activity" % j, "type": "Announce", "actor": base,
                      "published": "2023-05-2%dT08:0%d:00Z" % (7 + j, j), "to": public, "cc": followers,
                      "object": "https://other.example/users/leedsdev/statuses/11029000000000000%d" % j})
    files["outbox.json"] = json.dumps({"@context": ctx, "id": "outbox.json", "type": "OrderedCollection",
                                       "totalItems": len(items), "orderedItems": items}, ensure_ascii=False)
    files["actor.json"] = json.dumps({
        "@context": ctx, "id": base, "type": "Person", "preferredUsername": "priya", "name": "Priya Raman",
        "summary": "<p>Backend engineer at Kestrel Analytics. Rust, Postgres, climbing. She/her.</p>",
        "url": "https://social.example/@priya", "published": "2022-11-05T00:00:00Z",
        "attachment": [
            {"type": "PropertyValue", "name": "Work", "value": "Data platform @ <a href=\"https://kestrel.example\">Kestrel Analytics</a>"},
            {"type": "PropertyValue", "name": "Based in", "value": "Leeds, UK"}],
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"}}, ensure_ascii=False)
    files["avatar.jpg"] = jpeg.jpeg(200)
    files["likes.json"] = json.dumps({"@context": ctx, "id": "likes.json", "type": "OrderedCollection", "orderedItems": []})
    write_zip("mastodon-priya.zip", files)


# --------------------------------------------------------------------------------------------
# LinkedIn (UTF-8 comma generation): Daniel Okafor, senior SCADA engineer at the made-up
# Ridgeline Power Cooperative.
# --------------------------------------------------------------------------------------------
def linkedin():
    files = {}

    def table(header, rows):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)
        return buf.getvalue()

    files["Profile.csv"] = table(
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        [["Daniel", "Okafor", "", "", "Mar 3", "Senior SCADA Engineer at Ridgeline Power Cooperative",
          "Keeping the grid up for 40,000 homes.\nControl room day shifts, substation visits Tuesdays.",
          "Utilities", "", "Boise, Idaho, United States", "[dokafor_grid]", "[COMPANY:https://ridgeline.example/]", ""]])
    files["Positions.csv"] = table(
        ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
        [["Ridgeline Power Cooperative ", "Senior SCADA Engineer", "Control room systems\n• RTU upgrades\n• NERC CIP audits", "Boise, Idaho", "Jun 2019", ""],
         ["Ridgeline Power Cooperative", "SCADA Technician", "", "Boise, Idaho", "2016", "Jun 2019"],
         ["Snake River Water District", "Intern", "", "Nampa, Idaho", "May 2015", "Aug 2015"]])
    files["Education.csv"] = table(["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
                                   [["Boise State University", "2012", "2016", "", "BS Electrical Engineering", ""]])
    shares = []
    lines = [
        "Proud to mark 5 years at Ridgeline Power Cooperative! From SCADA technician to senior engineer.",
        "Substation visit day. Every Tuesday I drive out to Kuna substation, 7am start.",
        "Our control room just passed its NERC CIP audit.\n\nHuge thanks to the whole operations team.\n\n#grid #scada",
        "Hiring: we need a second SCADA engineer in Boise. Day shifts, on-call one week in six.",
        "Back in the control room after a week of storm restoration.",
        "Talk next month at the Idaho utilities meetup: \"RTU upgrades without downtime\".",
        "Lunch-and-learn at the Ridgeline HQ on Fairview Ave, every first Thursday.",
        "Three new RTUs commissioned this week.",
        "Friday 4pm: handing the control room to the night shift.",
        "Reflections on 10 years in utilities.\n\nStarted as an intern at Snake River Water District.\nNow leading SCADA at Ridgeline.",
    ]
    for i, text in enumerate(lines):
        when = datetime(2024, 4, 2 + i * 3, 14 + i % 4, 5 * i % 60, 10)
        sid = 7180000000000000000 + i * 1234567
        commentary = text
        if "\n" in text:
            # LinkedIn's 2025 export writes multi-line commentary double-escaped: after CSV
            # parsing each inner line keeps a stray quote at both ends.
            parts = text.split("\n")
            commentary = "\n".join(
                (('"' if k > 0 else "") + p + ('"' if k < len(parts) - 1 else "")) for k, p in enumerate(parts))
        link = "https://www.linkedin.com/feed/update/urn%%3Ali%%3Ashare%%3A%d" % sid
        shares.append([when.strftime("%Y-%m-%d %H:%M:%S"), link, commentary, "", "", "MEMBER_NETWORK"])
    shares.append(["2024-06-10 09:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7190000000000000001",
                   "", "https://ridgeline.example/news/storm-restoration", "", "PUBLIC"])
    files["Shares.csv"] = table(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"], shares)
    files["messages.csv"] = table(
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"],
        [["2-abc", "", "Maria Lopez", "https://www.linkedin.com/in/marialopez", "Daniel Okafor", "https://www.linkedin.com/in/dokafor", "2024-05-01 15:00:00 UTC", "", "Are you at the Kuna substation on Tuesday?", "INBOX"],
         ["2-abc", "", "Daniel Okafor", "https://www.linkedin.com/in/dokafor", "Maria Lopez", "https://www.linkedin.com/in/marialopez", "2024-05-01 15:20:00 UTC", "", "Yes, 7am as usual.", "INBOX"]])
    write_zip("linkedin-daniel.zip", files)


# --------------------------------------------------------------------------------------------
# Telegram Desktop full-account export: Ana Petrova, nurse at the made-up Riverside Clinic,
# Sofia, UTC+2/+3.
# --------------------------------------------------------------------------------------------
def telegram():
    clinic = (42.690100, 23.321500)
    owner = 555000111
    files = {}

    def msg(i, when, frm, from_id, text, **extra):
        m = {"id": i, "type": "message", "date": when.strftime("%Y-%m-%dT%H:%M:%S"),
             "date_unixtime": str(int(when.timestamp())), "from": frm, "from_id": from_id,
             "text": text,
             "text_entities": ([{"type": "plain", "text": text}] if isinstance(text, str) else
                               [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in text])}
        m.update(extra)
        return m

    tz = timezone(timedelta(hours=3))
    me = "user%d" % owner
    chan = []
    chan_texts = [
        "Night shift at Riverside Clinic starts at 19:00, ward 3 again",
        ["Shift swap board for ", {"type": "bold", "text": "ward 3"}, " nurses is up"],
        "Day shifts this week: 07:00–19:00, Mon–Thu",
        "Reminder: ID badges are checked at the Riverside Clinic staff entrance",
        "Коридорът на отделение 3 е ремонтиран 🎉",
    ]
    for k, t in enumerate(chan_texts):
        chan.append(msg(k + 1, datetime(2024, 6, 3 + k, 18, 30, tzinfo=tz), "Ana Petrova", me, t))
    personal = []
    pid = 100
    for d, day in enumerate([3, 5, 11, 18, 24]):
        when = datetime(2024, 6, day, 12, 25, tzinfo=tz)
        personal.append(msg(pid, when, "Georgi", "user777000222", "Where are you? Lunch?"))
        pid += 1
        loc = (round(clinic[0] + 0.0003 * (d % 2), 6), round(clinic[1] - 0.0002 * (d % 3), 6))
        personal.append(msg(pid, when + timedelta(minutes=2), "Ana Petrova", me, "",
                            location_information={"latitude": loc[0], "longitude": loc[1]}))
        pid += 1
    personal.append(msg(pid, datetime(2024, 6, 8, 12, 0, tzinfo=tz), "Ana Petrova", me, "",
                        place_name="Riverside Clinic staff café", address="12 Riverside Blvd, Sofia",
                        location_information={"latitude": clinic[0] + 0.0001, "longitude": clinic[1] + 0.0001}))
    pid += 1
    personal.append(msg(pid, datetime(2024, 6, 9, 21, 0, tzinfo=tz), "Ana Petrova", me, "My new badge 😅",
                        photo="chats/chat_001/photos/photo_1@09-06-2024_21-00-00.jpg", width=8, height=8))
    files["chats/chat_001/photos/photo_1@09-06-2024_21-00-00.jpg"] = jpeg.jpeg(110)
    pid += 1
    personal.append(msg(pid, datetime(2024, 6, 10, 8, 0, tzinfo=tz), "Ana Petrova", me, "rota for June",
                        file="(File not included. Change data exporting settings to download.)",
                        mime_type="application/pdf"))
    group = [
        msg(1, datetime(2024, 6, 4, 13, 0, tzinfo=tz), "Ivan", "user777000333", "Lunch at the canteen?"),
        msg(2, datetime(2024, 6, 4, 13, 2, tzinfo=tz), "Ana Petrova", me,
            ["Yes, after the ", {"type": "hashtag", "text": "#ward3"}, " handover at 13:30"]),
        {"id": 3, "type": "service", "date": "2024-06-04T13:05:00", "date_unixtime": str(int(datetime(2024, 6, 4, 13, 5, tzinfo=tz).timestamp())),
         "actor": "Ivan", "actor_id": "user777000333", "action": "pin_message", "message_id": 2, "text": "", "text_entities": []},
    ]
    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't store it for any other purposes.",
        "personal_information": {"user_id": owner, "first_name": "Ana", "last_name": "Petrova",
                                 "phone_number": "+359 00 000 0000", "username": "@ana_rn_sample",
                                 "bio": "RN at Riverside Clinic, ward 3 🩺"},
        "contacts": {"about": "", "list": []},
        "chats": {"about": "", "list": [
            {"type": "saved_messages", "id": owner, "messages": chan},
            {"name": "Georgi", "type": "personal_chat", "id": 777000222, "messages": personal},
            {"name": "Ward 3 nurses", "type": "private_supergroup", "id": 1900000002, "messages": group},
        ]},
    }
    files["result.json"] = json.dumps(result, ensure_ascii=False, indent=1)
    write_zip("telegram-ana.zip", files)


# --------------------------------------------------------------------------------------------
# Camera roll: Sam Cho, photos from the made-up Pinecrest Lab campus (Oak Ridge area), with
# weekday office GPS, evening home GPS, some with an OffsetTimeOriginal and some without.
# --------------------------------------------------------------------------------------------
def photos():
    rng = random.Random(99)
    lab = (35.931200, -84.310400)
    home = (35.962300, -84.287100)
    files = {}
    start = datetime(2024, 9, 2)
    n = 0
    for d in range(28):
        day = start + timedelta(days=d)
        weekday = day.weekday() < 5
        shots = ([(9, 40)] if d % 2 == 0 else [(13, 5)]) if weekday else [(11, 30)]
        for hh, mm in shots:
            where = jitter(rng, lab if weekday else home, 25)
            taken = day.replace(hour=hh, minute=mm, second=rng.randrange(60))
            offset = "-04:00" if n % 2 == 0 else None
            name = "DCIM/100APPLE/IMG_%04d.JPG" % (1000 + n)
            files[name] = jpeg.jpeg(80 + (n * 7) % 120, make="Apple", model="iPhone 12",
                                    taken=taken.strftime("%Y:%m:%d %H:%M:%S"), offset=offset,
                                    lat=where[0], lon=where[1])
            n += 1
    files["DCIM/100APPLE/IMG_0999.JPG"] = jpeg.jpeg(60)  # a screenshot-like file: no EXIF
    write_zip("photos-sam.zip", files)


if __name__ == "__main__":
    facebook()
    instagram()
    mastodon()
    linkedin()
    telegram()
    photos()
