"""The document and packet records the packet definitions fill and the renderers draw."""

import random


class Doc:
    """One document. `f` holds the facts the document prints (its truth fields, normalized);
    `s` how it is drawn (layout, wording, printed name form ...); `key` the evidence it
    carries (two documents with the same key are the same evidence: DUPLICATE on the later)."""

    def __init__(self, kind, render, f, s=None, key=None, pages=1):
        self.kind = kind
        self.render = render
        self.f = {k: v for k, v in f.items() if v is not None}
        self.s = dict(s or {})
        self.key = key
        self.npages = pages
        self.source = None
        self.pages = None
        self.text_source = "pdf_text"
        self.extra_flags = []  # UNREADABLE, UNSUPPORTED_FILE set by the file writer

    def rng(self, salt=""):
        paper_id = (
            self.s.get("paper_id") or f"{self.source}|{self.pages}"
        )  # copies of one paper draw alike
        return random.Random(f"dahlia|{paper_id}|{self.render}|{salt}")


class File:
    """A file of a packet: PDF documents back to back, or an image, or a bad file."""

    def __init__(self, name, docs, mode="pdf", **opt):
        self.name = name
        self.docs = docs
        self.mode = mode  # pdf | scan_pdf | jpeg_photo | png_rescan | docx | empty | truncated | encrypted | blank_scan
        self.opt = opt


class Packet:
    def __init__(
        self,
        name,
        program,
        applicant,
        region,
        received,
        prior=None,
        former=(),
        member_id="",
        membership="full",
        description="",
        shape="folder",
        extra_manifest=None,
    ):
        self.name = name
        self.program = program
        self.applicant = applicant
        self.region = region
        self.received = received
        self.prior = prior
        self.former = list(former)
        self.member_id = member_id
        self.membership = membership
        self.description = description
        self.shape = shape  # folder | envelope
        self.files = []
        self.extra_manifest = extra_manifest or {}
        self.separator_after = set()  # envelope: blank sheet after these document indexes

    def add(self, name, docs, mode="pdf", **opt):
        self.files.append(File(name, list(docs), mode, **opt))
        return self

    def manifest(self):
        a = {"name": self.applicant}
        if self.former:
            a["former_names"] = self.former
        a["member_id"] = self.member_id
        a["region"] = self.region
        a["membership"] = self.membership
        m = {"applicant": a, "program": self.program}
        if self.prior:
            m["prior_designation_date"] = self.prior
        m["received_date"] = self.received
        m.update(self.extra_manifest)
        return m
