"""Scan and photo effects: grey paper, slight skew (<= 1 degree), speckle, slight blur."""

import io
import random

import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageOps


def rasterize(pdf_bytes, dpi):
    """Every page of a PDF as a greyscale PIL image."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        out.append(img)
    pdf.close()
    return out


def scan(img, rnd: random.Random, grey=None):
    """A flatbed scan: grey paper, a skew under one degree, speckle, slight blur."""
    grey = grey if grey is not None else rnd.randint(222, 236)
    img = img.point(lambda v: int(v * grey / 255))
    angle = rnd.uniform(-0.9, 0.9)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=grey)
    w, h = img.size
    px = img.load()
    for _ in range(int(w * h / 4000)):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.randint(40, 140)
    return img.filter(ImageFilter.GaussianBlur(radius=0.6))


def photo(img, rnd: random.Random):
    """A phone photo / photocopy: warmer grey, a shadow at one edge, a bit more blur."""
    img = scan(img, rnd, grey=rnd.randint(205, 222))
    w, h = img.size
    shade = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 5)
    img = Image.composite(img, ImageOps.autocontrast(img), shade.point(lambda v: 255))
    return img.filter(ImageFilter.GaussianBlur(radius=0.4))


def jpeg_bytes(img, quality=82):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()
