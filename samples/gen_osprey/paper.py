"""Paper and scanner effects: grey paper, skew, noise, slight blur; image-only output."""

import io
import random
import time

import pypdfium2 as pdfium
from PIL import Image, ImageFilter

FIXED = time.struct_time((2026, 11, 2, 9, 0, 0, 0, 306, 0))


def pages_as_images(pdf_bytes, dpi):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        out.append(pdf[i].render(scale=dpi / 72).to_pil().convert("L"))
    pdf.close()
    return out


def scan(img, rnd, strength=1.0):
    """Mild, realistic effects: grey paper, skew <= 1 degree, speckle, slight blur."""
    img = img.convert("L")
    angle = rnd.uniform(-1.0, 1.0) * strength
    img = img.point(lambda v: int(v * 0.86 + 18))  # grey paper, softer black
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
    px = img.load()
    w, h = img.size
    for _ in range(int(w * h * 0.0015 * strength)):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.choice((60, 120, 200))
    return img.filter(ImageFilter.GaussianBlur(0.6 * strength))


def images_to_pdf(images, dpi):
    buf = io.BytesIO()
    images[0].save(buf, "PDF", save_all=True, append_images=images[1:], resolution=dpi,
                   creationDate=FIXED, modDate=FIXED, title="scan", producer="scan")
    return buf.getvalue()


def to_jpeg(img, quality=82):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def to_png(img):
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def photocopy(pdf_bytes, seed, dpi=150):
    """A photocopy of a drawn page as a JPEG (first page): text only in the pixels."""
    img = pages_as_images(pdf_bytes, dpi)[0]
    return to_jpeg(scan(img, random.Random(seed), 1.0))


def blank_smudge(seed):
    """A photographed page with nothing legible: faint stains and noise only."""
    rnd = random.Random(seed)
    img = Image.new("L", (1275, 1650), 228)
    px = img.load()
    for _ in range(40):
        cx, cy, r = rnd.randrange(1275), rnd.randrange(1650), rnd.randrange(20, 120)
        for _ in range(r * 30):
            x, y = cx + rnd.randint(-r, r), cy + rnd.randint(-r, r)
            if 0 <= x < 1275 and 0 <= y < 1650:
                px[x, y] = rnd.randint(170, 215)
    return to_png(img.filter(ImageFilter.GaussianBlur(3)))
