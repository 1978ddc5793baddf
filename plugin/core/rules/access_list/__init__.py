"""Reading published access-list tables: the header synonyms, the table readers, header detection
and clause numbering used by ``access_list_import``."""
