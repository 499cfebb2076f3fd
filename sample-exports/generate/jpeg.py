"""Tiny, valid 8x8 grey baseline JPEGs with a made-up EXIF block (GPS, time, camera).

No third-party modules: the JPEG is encoded by hand (one 8x8 block, DC only) and the EXIF
TIFF structure is written field by field, so the output is byte-for-byte deterministic.
"""

import struct

# Standard JPEG luminance DC Huffman table (ITU T.81 K.3).
DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))


def _dc_codes():
    codes, code, k = {}, 0, 0
    for length, count in enumerate(DC_BITS, start=1):
        for _ in range(count):
            codes[DC_VALS[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


def _segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _scan(grey):
    """Entropy-coded data for one block of a flat grey level."""
    dc = 8 * (grey - 128)  # DCT DC of a flat block, quantiser 1
    cat = 0 if dc == 0 else abs(dc).bit_length()
    code, length = _dc_codes()[cat]
    bits = format(code, "0%db" % length)
    if cat:
        v = dc if dc > 0 else dc + (1 << cat) - 1
        bits += format(v, "0%db" % cat)
    bits += "0"  # AC table below: the single code "0" is EOB
    bits += "1" * (-len(bits) % 8)
    out = bytearray()
    for i in range(0, len(bits), 8):
        b = int(bits[i : i + 8], 2)
        out.append(b)
        if b == 0xFF:
            out.append(0)
    return bytes(out)


def _ifd(entries, offset):
    """One big-endian IFD at `offset`; entries are (tag, type, count, value bytes)."""
    entries = sorted(entries)
    data_off = offset + 2 + 12 * len(entries) + 4
    head, data = struct.pack(">H", len(entries)), b""
    for tag, typ, count, val in entries:
        if len(val) <= 4:
            head += struct.pack(">HHI", tag, typ, count) + val.ljust(4, b"\0")
        else:
            head += struct.pack(">HHII", tag, typ, count, data_off + len(data))
            data += val + (b"\0" if len(val) % 2 else b"")
    return head + struct.pack(">I", 0) + data


def _ascii(tag, s):
    b = s.encode("ascii") + b"\0"
    return (tag, 2, len(b), b)


def _rationals(tag, values):
    b = b"".join(struct.pack(">II", n, d) for n, d in values)
    return (tag, 5, len(values), b)


def _dms(deg):
    """Decimal degrees to degrees, minutes and seconds (1/1000 s) rationals."""
    deg = abs(deg)
    d = int(deg)
    m = int((deg - d) * 60)
    s = round(((deg - d) * 60 - m) * 60 * 1000)
    return [(d, 1), (m, 1), (s, 1000)]


def exif_block(make=None, model=None, taken=None, offset=None, lat=None, lon=None):
    """The APP1 payload: "Exif\\0\\0" + TIFF. `taken` is "YYYY:MM:DD HH:MM:SS"."""
    ifd0 = []
    if make:
        ifd0.append(_ascii(0x10F, make))
    if model:
        ifd0.append(_ascii(0x110, model))
    exif = []
    if taken:
        exif.append(_ascii(0x9003, taken))
        if offset:
            exif.append(_ascii(0x9011, offset))
    gps = []
    if lat is not None and lon is not None:
        gps = [
            (0x0, 1, 4, bytes([2, 2, 0, 0])),
            _ascii(0x1, "N" if lat >= 0 else "S"),
            _rationals(0x2, _dms(lat)),
            _ascii(0x3, "E" if lon >= 0 else "W"),
            _rationals(0x4, _dms(lon)),
        ]
    ptrs = []
    if exif:
        ptrs.append(0x8769)
    if gps:
        ptrs.append(0x8825)
    placeholder = [(t, 4, 1, b"\0\0\0\0") for t in ptrs]
    size0 = len(_ifd(ifd0 + placeholder, 8))
    pos = 8 + size0
    real = []
    tail = b""
    if exif:
        real.append((0x8769, 4, 1, struct.pack(">I", pos)))
        blob = _ifd(exif, pos)
        tail += blob
        pos += len(blob)
    if gps:
        real.append((0x8825, 4, 1, struct.pack(">I", pos)))
        tail += _ifd(gps, pos)
    tiff = b"MM\0\x2a" + struct.pack(">I", 8) + _ifd(ifd0 + real, 8) + tail
    return b"Exif\0\0" + tiff


def jpeg(grey=128, **exif):
    """A complete 8x8 grey JPEG; EXIF fields as in `exif_block` (none: no APP1)."""
    out = b"\xff\xd8"
    if any(v is not None for v in exif.values()):
        out += _segment(0xE1, exif_block(**exif))
    out += _segment(0xDB, b"\x00" + bytes([1] * 64))
    out += _segment(0xC0, struct.pack(">BHHB", 8, 8, 8, 1) + bytes([1, 0x11, 0]))
    out += _segment(0xC4, b"\x00" + bytes(DC_BITS) + bytes(DC_VALS))
    out += _segment(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += _segment(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
    out += _scan(grey)
    out += b"\xff\xd9"
    return out
