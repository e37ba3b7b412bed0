package io.plancycle.document;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a document in one file format. */
interface DocumentWriter {

    DocumentFormat format();

    void write(Document document, OutputStream out) throws IOException;
}
