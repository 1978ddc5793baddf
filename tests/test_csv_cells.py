"""A CSV output's column filled in place (``processing/csv_cells``): the other bytes of the file as written."""

from zoning_review.plugin.processing.csv_cells import fill_column

MARK = b"\xef\xbb\xbf"


def test_cells_are_filled_past_quoted_commas_quotes_and_line_ends(tmp_path):
    """Quoted cells hold commas, doubled quotes and line ends; rows end in CRLF; GBK text passes as bytes."""
    path = tmp_path / "summary.csv"
    river = "S2,河流岸线,1.5,\r\n".encode("gbk")
    path.write_bytes(MARK + b'site_id,"reason",area,notes\r\n' + b'S1,"a, b ""c""\r\nd","269999.71",\r\n' + river +
                     b'S3,"",7,\r\n')
    assert fill_column(str(path), "notes", ["/n/S1.html", None, "/n/a,b.html"])
    assert path.read_bytes() == (MARK + b'site_id,"reason",area,notes\r\n' +
                                 b'S1,"a, b ""c""\r\nd","269999.71",/n/S1.html\r\n' + river +
                                 b'S3,"",7,"/n/a,b.html"\r\n')


def test_a_column_in_the_middle_and_a_last_row_without_its_line_end(tmp_path):
    path = tmp_path / "table.csv"
    path.write_bytes(b'a,"notes",b\n1,,2\n3,,"x\n"')
    assert fill_column(str(path), "notes", ['say "hi"', " padded"])
    assert path.read_bytes() == b'a,"notes",b\n1,"say ""hi""",2\n3," padded","x\n"'


def test_a_file_without_the_column_or_a_row_without_its_cell_is_not_filled(tmp_path):
    path = tmp_path / "table.csv"
    content = b"a,notes\n1,\n2\n"
    path.write_bytes(content)
    assert not fill_column(str(path), "remarks", ["x"])
    assert not fill_column(str(path), "notes", ["x", "y"])
    assert path.read_bytes() == content
