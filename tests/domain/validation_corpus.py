"""Real-world-shaped inputs for the validators, with the expected outcome of each (synthetic data only).

Each row is ``(typed text, expected)``: the normalised value when accepted, or the `Text` of the
message when rejected. Phone numbers use the 555-01XX block reserved for fiction, or invented
foreign numbers.
"""

from __future__ import annotations

from datetime import date

from domain import date_input as dates
from domain import validation as v
from domain.text import Text

Expected = str | Text

A_NUMBERS: list[tuple[str, Expected]] = [
    # accepted
    ("A-123-456-789", "123456789"),
    ("A123456789", "123456789"),
    ("a123456789", "123456789"),
    ("123456789", "123456789"),
    ("123-456-789", "123456789"),
    ("123 456 789", "123456789"),
    ("A# 123456789", "123456789"),
    ("A#123-456-789", "123456789"),
    ("A-123456789", "123456789"),
    ("A 123 456 789", "123456789"),
    ("A: 123 456 789", "123456789"),
    ("12345678", "012345678"),
    ("A12345678", "012345678"),
    ("A-12-345-678", "012345678"),
    ("A# 12 345 678", "012345678"),
    ("087-654-321", "087654321"),
    ("A 087654321", "087654321"),
    ("123.456.789", "123456789"),
    ("A.123.456.789", "123456789"),
    ("  A123456789  ", "123456789"),
    ("\tA 123 456 789\n", "123456789"),
    ("A\u00a0123\u00a0456\u00a0789", "123456789"),  # no-break spaces
    ("A\u200b123456789", "123456789"),  # zero-width space pasted from a PDF
    ("\ufeffA123456789", "123456789"),  # byte-order mark
    ("１２３４５６７８９", "123456789"),  # full-width digits
    ("Ａ－１２３－４５６－７８９", "123456789"),  # full-width A and hyphen
    ("ａ１２３４５６７８", "012345678"),
    ("A‐123‐456‐789", "123456789"),  # U+2010 hyphen
    ("A‑123‑456‑789", "123456789"),  # U+2011 non-breaking hyphen
    ("A‒123‒456‒789", "123456789"),  # U+2012 figure dash
    ("A–123–456–789", "123456789"),  # en dash
    ("A—123—456—789", "123456789"),  # em dash
    ("A−123−456−789", "123456789"),  # minus sign
    ("A﹣123﹣456﹣789", "123456789"),  # small hyphen-minus
    ("A ‐ 123 – 456 — 789", "123456789"),
    ("٠٨٧٦٥٤٣٢١", "087654321"),  # Arabic-Indic digits
    ("०१२३४५६७८", "012345678"),  # Devanagari digits
    ("A 12-34-56-78", "012345678"),
    ("999999999", "999999999"),
    ("00000001", "000000001"),
    # rejected
    ("", v.A_NUMBER_EMPTY),
    ("   ", v.A_NUMBER_EMPTY),
    ("\u200b", v.A_NUMBER_EMPTY),
    ("A", v.A_NUMBER_LENGTH),
    ("A-", v.A_NUMBER_LENGTH),
    ("1234567", v.A_NUMBER_LENGTH),
    ("A1234567", v.A_NUMBER_LENGTH),
    ("1234567890", v.A_NUMBER_LENGTH),
    ("A-123-456-7890", v.A_NUMBER_LENGTH),
    ("１２３４５６７", v.A_NUMBER_LENGTH),
    ("B123456789", v.A_NUMBER_SYMBOLS),
    ("AA123456789", v.A_NUMBER_SYMBOLS),
    ("A123456789B", v.A_NUMBER_SYMBOLS),
    ("123456789A", v.A_NUMBER_SYMBOLS),
    ("A12345678O", v.A_NUMBER_SYMBOLS),  # letter O for zero
    ("A/123/456/789", v.A_NUMBER_SYMBOLS),
    ("A_123_456_789", v.A_NUMBER_SYMBOLS),
    ("(123) 456-789", v.A_NUMBER_SYMBOLS),
    ("A-number 123456789", v.A_NUMBER_SYMBOLS),
    ("IOE0123456789", v.A_NUMBER_SYMBOLS),  # a receipt number in the wrong box
    ("000000000", v.A_NUMBER_ZEROS),
    ("A-000-000-000", v.A_NUMBER_ZEROS),
    ("00000000", v.A_NUMBER_ZEROS),
    ("０００００００００", v.A_NUMBER_ZEROS),
]

RECEIPTS: list[tuple[str, Expected]] = [
    # accepted
    ("IOE0123456789", "IOE0123456789"),
    ("ioe0123456789", "IOE0123456789"),
    ("Ioe0123456789", "IOE0123456789"),
    ("EAC2190012345", "EAC2190012345"),
    ("WAC2290054321", "WAC2290054321"),
    ("LIN2390011111", "LIN2390011111"),
    ("SRC2490022222", "SRC2490022222"),
    ("NBC2590033333", "NBC2590033333"),
    ("MSC2690044444", "MSC2690044444"),
    ("YSC2790055555", "YSC2790055555"),
    ("IOE 0123456789", "IOE0123456789"),
    ("IOE 012 345 6789", "IOE0123456789"),
    ("IOE-0123456789", "IOE0123456789"),
    ("IOE-012-345-6789", "IOE0123456789"),
    ("I O E 0 1 2 3 4 5 6 7 8 9", "IOE0123456789"),
    ("  ioe0123456789  ", "IOE0123456789"),
    ("IOE\t0123456789\n", "IOE0123456789"),
    ("IOE\u00a00123456789", "IOE0123456789"),
    ("IOE\u200b0123456789", "IOE0123456789"),
    ("ＩＯＥ０１２３４５６７８９", "IOE0123456789"),
    ("ｅａｃ２１９００１２３４５", "EAC2190012345"),
    ("IOE–0123456789", "IOE0123456789"),
    ("IOE—0123456789", "IOE0123456789"),
    ("IOE‑012‑345‑6789", "IOE0123456789"),
    ("IOE−0123456789", "IOE0123456789"),
    ("IOE.0123456789", "IOE0123456789"),
    ("IOE٠١٢٣٤٥٦٧٨٩", "IOE0123456789"),
    ("ABC0000000001", "ABC0000000001"),  # any three letters are accepted
    ("zzz9999999999", "ZZZ9999999999"),
    ("eac 21 900 12345", "EAC2190012345"),
    # rejected
    ("", v.RECEIPT_EMPTY),
    ("  ", v.RECEIPT_EMPTY),
    ("IOE012345678", v.RECEIPT_SHAPE),  # 9 digits
    ("IOE01234567890", v.RECEIPT_SHAPE),  # 11 digits
    ("IO0123456789", v.RECEIPT_SHAPE),  # 2 letters
    ("IOEX0123456789", v.RECEIPT_SHAPE),  # 4 letters
    ("I0E0123456789", v.RECEIPT_SHAPE),  # zero for the letter O
    ("IOEO123456789", v.RECEIPT_SHAPE),  # letter O for zero
    ("0123456789IOE", v.RECEIPT_SHAPE),  # letters at the end
    ("0123456789", v.RECEIPT_SHAPE),
    ("IOE", v.RECEIPT_SHAPE),
    ("123IOE4567890", v.RECEIPT_SHAPE),
    ("IOE01234A6789", v.RECEIPT_SHAPE),
    ("A123456789", v.RECEIPT_SHAPE),  # an A-number in the wrong box
    ("ÍOE0123456789", v.RECEIPT_SYMBOLS),  # accented letter
    ("IOE#0123456789", v.RECEIPT_SYMBOLS),
    ("IOE/0123456789", v.RECEIPT_SYMBOLS),
    ("IOE_0123456789", v.RECEIPT_SYMBOLS),
    ("Receipt: IOE0123456789", v.RECEIPT_SYMBOLS),
    ("IOE0123456789!", v.RECEIPT_SYMBOLS),
    ("ИОЕ0123456789", v.RECEIPT_SYMBOLS),  # Cyrillic look-alikes
    ("IOE(0123456789)", v.RECEIPT_SYMBOLS),
]

D = date
DateExpected = date | Text

DATES: list[tuple[str, str, DateExpected]] = [
    # ISO, both languages
    ("2027-03-25", "en", D(2027, 3, 25)),
    ("2027-03-25", "es", D(2027, 3, 25)),
    ("2027-3-5", "en", D(2027, 3, 5)),
    ("2027/03/25", "es", D(2027, 3, 25)),
    ("2027.03.25", "en", D(2027, 3, 25)),
    ("  2027-03-25  ", "es", D(2027, 3, 25)),
    ("２０２７－０３－２５", "es", D(2027, 3, 25)),
    ("2027–03–25", "en", D(2027, 3, 25)),  # en dashes
    ("2027 - 03 - 25", "en", D(2027, 3, 25)),
    ("1900-01-01", "en", D(1900, 1, 1)),
    ("2100-12-31", "es", D(2100, 12, 31)),
    ("2028-02-29", "en", D(2028, 2, 29)),
    ("2000-02-29", "es", D(2000, 2, 29)),
    # English numeric order
    ("03/25/2027", "en", D(2027, 3, 25)),
    ("3/5/2027", "en", D(2027, 3, 5)),
    ("03-05-2027", "en", D(2027, 3, 5)),
    ("03.05.2027", "en", D(2027, 3, 5)),
    ("12/01/2026", "en", D(2026, 12, 1)),
    ("１２／２５／２０２７", "en", D(2027, 12, 25)),
    ("03 / 25 / 2027", "en", D(2027, 3, 25)),
    ("3‐5‐2027", "en", D(2027, 3, 5)),
    # Spanish numeric order
    ("25/03/2027", "es", D(2027, 3, 25)),
    ("5/3/2027", "es", D(2027, 3, 5)),
    ("05-03-2027", "es", D(2027, 3, 5)),
    ("05.03.2027", "es", D(2027, 3, 5)),
    ("01/12/2026", "es", D(2026, 12, 1)),
    ("２５／０３／２０２７", "es", D(2027, 3, 25)),
    # month names
    ("3 de marzo de 2027", "es", D(2027, 3, 3)),
    ("3 de marzo de 2027", "en", D(2027, 3, 3)),
    ("3 de marzo del 2027", "es", D(2027, 3, 3)),
    ("3 marzo 2027", "es", D(2027, 3, 3)),
    ("3 mar 2027", "es", D(2027, 3, 3)),
    ("3 mar. 2027", "en", D(2027, 3, 3)),
    ("March 3, 2027", "en", D(2027, 3, 3)),
    ("March 3, 2027", "es", D(2027, 3, 3)),
    ("march 3 2027", "en", D(2027, 3, 3)),
    ("Mar 3 2027", "en", D(2027, 3, 3)),
    ("Mar. 3, 2027", "en", D(2027, 3, 3)),
    ("March 3rd, 2027", "en", D(2027, 3, 3)),
    ("1st of April 2027", "en", D(2027, 4, 1)),
    ("1.º de abril de 2027", "es", D(2027, 4, 1)),
    ("1ro de abril de 2027", "es", D(2027, 4, 1)),
    ("15 de SEPTIEMBRE de 2027", "es", D(2027, 9, 15)),
    ("15 setiembre 2027", "es", D(2027, 9, 15)),
    ("Sept 15, 2027", "en", D(2027, 9, 15)),
    ("14 de diciembre de 2026", "es", D(2026, 12, 14)),
    ("14 dic 2026", "es", D(2026, 12, 14)),
    ("8 ene 2027", "es", D(2027, 1, 8)),
    ("8 ago 2027", "es", D(2027, 8, 8)),
    ("25-Mar-2027", "en", D(2027, 3, 25)),
    ("  3   de   marzo   de   2027 ", "es", D(2027, 3, 3)),
    ("３ de marzo de ２０２７", "es", D(2027, 3, 3)),
    ("miércoles, 3 de marzo de 2027", "es", D(2027, 3, 3)),
    ("miercoles 3 de marzo de 2027", "es", D(2027, 3, 3)),
    ("Wednesday, March 3, 2027", "en", D(2027, 3, 3)),
    ("el 3 de marzo de 2027", "es", D(2027, 3, 3)),
    ("March 3, 2027.", "en", D(2027, 3, 3)),
    # rejected: two-digit years
    ("3/4/27", "en", dates.DATE_TWO_DIGIT_YEAR),
    ("04/03/27", "es", dates.DATE_TWO_DIGIT_YEAR),
    ("27-03-25", "en", dates.DATE_TWO_DIGIT_YEAR),
    ("3 March 27", "en", dates.DATE_TWO_DIGIT_YEAR),
    ("3 de marzo de 85", "es", dates.DATE_TWO_DIGIT_YEAR),
    # rejected: impossible dates
    ("2027-02-29", "en", dates.DATE_NOT_LEAP),
    ("02/29/2027", "en", dates.DATE_NOT_LEAP),
    ("29/02/2027", "es", dates.DATE_NOT_LEAP),
    ("29 de febrero de 1900", "es", dates.DATE_NOT_LEAP),  # 1900 is not a leap year
    ("2028-02-30", "en", dates.DATE_DAY_RANGE[2]),
    ("30 de febrero de 2027", "es", dates.DATE_DAY_RANGE[2]),
    ("04/31/2027", "en", dates.DATE_DAY_RANGE[4]),
    ("31 junio 2027", "es", dates.DATE_DAY_RANGE[6]),
    ("2027-01-32", "en", dates.DATE_DAY_RANGE[1]),
    ("2027-03-00", "es", dates.DATE_DAY_ZERO),
    # rejected: the month in the wrong place for the language
    ("25/03/2027", "en", dates.DATE_MONTH_RANGE["mdy"]),
    ("03/25/2027", "es", dates.DATE_MONTH_RANGE["dmy"]),
    ("2027-13-01", "en", dates.DATE_MONTH_RANGE["mdy"]),
    ("00/10/2027", "en", dates.DATE_MONTH_RANGE["mdy"]),
    # rejected: years out of range or of the wrong length
    ("1899-12-31", "en", dates.DATE_YEAR_RANGE),
    ("2101-01-01", "es", dates.DATE_YEAR_RANGE),
    ("3 de marzo de 0027", "es", dates.DATE_YEAR_RANGE),
    ("03/25/20277", "en", dates.DATE_YEAR_DIGITS),
    ("03/25/202", "en", dates.DATE_YEAR_DIGITS),
    # rejected: incomplete or unreadable
    ("", "en", dates.DATE_EMPTY["mdy"]),
    ("   ", "es", dates.DATE_EMPTY["dmy"]),
    ("March 2027", "en", dates.DATE_NO_DAY),
    ("marzo de 2027", "es", dates.DATE_NO_DAY),
    ("3 de marzo", "es", dates.DATE_NO_YEAR),
    ("tomorrow", "en", dates.DATE_UNREADABLE["mdy"]),
    ("mañana", "es", dates.DATE_UNREADABLE["dmy"]),
    ("03252027", "en", dates.DATE_UNREADABLE["mdy"]),
    ("2027-03-25T10:00", "en", dates.DATE_UNREADABLE["mdy"]),
    ("3 de marzo o abril de 2027", "es", dates.DATE_UNREADABLE["dmy"]),
    ("3 Smarch 2027", "en", dates.DATE_UNREADABLE["mdy"]),
    ("3/4", "en", dates.DATE_UNREADABLE["mdy"]),
    ("Tuesday, March 3, 2027", "en", dates.DATE_WRONG_WEEKDAY),
    ("lunes 3 de marzo de 2027", "es", dates.DATE_WRONG_WEEKDAY),
]

PHONES: list[tuple[str, Expected]] = [
    # accepted, US by default
    ("(202) 555-0143", "+12025550143"),
    ("202-555-0143", "+12025550143"),
    ("202.555.0143", "+12025550143"),
    ("202 555 0143", "+12025550143"),
    ("2025550143", "+12025550143"),
    ("1-202-555-0143", "+12025550143"),
    ("1 (202) 555-0143", "+12025550143"),
    ("+1 202 555 0143", "+12025550143"),
    ("+12025550143", "+12025550143"),
    ("001 202 555 0143", "+12025550143"),  # written the Latin American way
    ("00 52 55 1234 5678", "+525512345678"),
    ("  (202) 555-0143  ", "+12025550143"),
    ("(202)555-0143", "+12025550143"),
    ("202–555–0143", "+12025550143"),  # en dashes
    ("202—555—0143", "+12025550143"),  # em dashes
    ("202‑555‑0143", "+12025550143"),  # non-breaking hyphens
    ("202−555−0143", "+12025550143"),  # minus signs
    ("２０２－５５５－０１４３", "+12025550143"),  # full-width
    ("（２０２）５５５－０１４３", "+12025550143"),
    ("202\u00a0555\u00a00143", "+12025550143"),
    ("202\u200b555\u200b0143", "+12025550143"),
    ("٢٠٢٥٥٥٠١٤٣", "+12025550143"),  # Arabic-Indic digits
    ("(305) 555-0172", "+13055550172"),
    ("(713) 555-0111", "+17135550111"),
    ("(212) 555-0199", "+12125550199"),
    ("(415) 555-0100", "+14155550100"),
    ("(202) 555-0143 ext. 45", "+12025550143;ext=45"),
    ("202-555-0143 x45", "+12025550143;ext=45"),
    ("202-555-0143 ext 7", "+12025550143;ext=7"),
    ("202-555-0143 extensión 7", "+12025550143;ext=7"),
    ("202 555 0143 #12", "+12025550143;ext=12"),
    ("+12025550143;ext=45", "+12025550143;ext=45"),
    # accepted, other countries
    ("+52 55 1234 5678", "+525512345678"),
    ("+52 (55) 1234-5678", "+525512345678"),
    ("+52 33 1234 5678", "+523312345678"),
    ("+52 55 1234 5678 ext 9", "+525512345678;ext=9"),
    ("011 52 55 1234 5678", "+525512345678"),  # US international prefix
    ("+502 2345 6789", "+50223456789"),  # Guatemala
    ("+503 2123 4567", "+50321234567"),  # El Salvador
    ("+504 2234 5678", "+50422345678"),  # Honduras
    ("+57 601 234 5678", "+576012345678"),  # Colombia
    ("+58 212 555 1234", "+582125551234"),  # Venezuela
    ("+34 612 34 56 78", "+34612345678"),  # Spain
    ("+1 416 555 0123", "+14165550123"),  # Canada
    ("+1 787 555 0123", "+17875550123"),  # Puerto Rico
    ("＋５２ ５５ １２３４ ５６７８", "+525512345678"),
    # rejected
    ("", v.PHONE_EMPTY),
    ("   ", v.PHONE_EMPTY),
    ("555-0143", v.PHONE_AREA_CODE),
    ("5550143", v.PHONE_AREA_CODE),
    ("12", v.PHONE_TOO_SHORT),
    ("202-555-014", v.PHONE_TOO_SHORT),
    ("+1 202 555 014", v.PHONE_TOO_SHORT),
    ("202555014312345", v.PHONE_TOO_LONG),
    ("+52 1 55 1234 5678 9999", v.PHONE_TOO_LONG),
    ("+999 1234567", v.PHONE_COUNTRY_CODE),
    ("+0 202 555 0143", v.PHONE_COUNTRY_CODE),
    ("(000) 555-0143", v.PHONE_INVALID),  # no area code 000
    ("(123) 456-7890", v.PHONE_INVALID),  # area codes never start with 1
    ("call me", v.PHONE_INVALID),
    ("n/a", v.PHONE_INVALID),
    ("A123456789", v.PHONE_TOO_SHORT),  # an A-number in the wrong box: 9 digits
    ("2" * 300, v.PHONE_TOO_LONG),
]

NAMES: list[tuple[str, str, Expected]] = [
    ("María José", "given_names", "María José"),
    ("  María   José  ", "given_names", "María José"),
    ("María\u00a0José", "given_names", "María José"),
    ("Mari\u0301a", "given_names", "María"),  # decomposed accent is composed (NFC)
    ("García Hernández", "family_names", "García Hernández"),
    ("de la Cruz Pérez", "family_names", "de la Cruz Pérez"),
    ("Del Valle", "family_names", "Del Valle"),
    ("van der Berg", "family_names", "van der Berg"),
    ("O'Connor", "family_names", "O'Connor"),
    ("O’Connor", "family_names", "O’Connor"),
    ("Ruiz-Tagle", "family_names", "Ruiz-Tagle"),
    ("Ma. Guadalupe", "given_names", "Ma. Guadalupe"),
    ("Nguyễn Thị", "given_names", "Nguyễn Thị"),
    ("Ñuñez", "family_names", "Ñuñez"),
    ("Xóchitl", "given_names", "Xóchitl"),
    ("K'iche'", "preferred_name", "K'iche'"),
    ("Алексей", "given_names", "Алексей"),
    ("محمد", "given_names", "محمد"),
    ("李", "family_names", "李"),
    ("J", "given_names", "J"),
    ("x" * 100, "given_names", "x" * 100),
    ("", "given_names", v.NAME_REQUIRED["given_names"]),
    ("   ", "family_names", v.NAME_REQUIRED["family_names"]),
    ("", "preferred_name", v.NAME_REQUIRED_OTHER),
    ("Juan 2", "given_names", v.NAME_DIGITS),
    ("Ana３", "given_names", v.NAME_DIGITS),
    ("<b>Ana</b>", "given_names", v.NAME_SYMBOLS),
    ("ana@example.org", "given_names", v.NAME_SYMBOLS),
    ("{Ana}", "given_names", v.NAME_SYMBOLS),
    ("Ana; Luis", "given_names", v.NAME_SYMBOLS),
    ("Ana\x00", "given_names", v.NAME_SYMBOLS),
    ("--", "family_names", v.NAME_NO_LETTERS),
    ("x" * 101, "given_names", v.NAME_TOO_LONG),
]
