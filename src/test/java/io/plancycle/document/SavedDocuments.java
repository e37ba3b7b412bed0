package io.plancycle.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a document for a writer's test, and keeps the file in target/documents for a person to open and look at. */
final class SavedDocuments {

    private SavedDocuments() {
    }

    static byte[] write(DocumentWriter writer, Document document, String fileName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(document, out);
        Path folder = Files.createDirectories(Path.of("target", "documents"));
        Files.write(folder.resolve(fileName), out.toByteArray());
        return out.toByteArray();
    }
}
