package io.plancycle.review;

import io.plancycle.document.Documents;
import io.plancycle.document.GetDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/** The review-response table of an agency: as JSON, and as a document from the API and from its page alike. */
@Tag(name = "Reviews")
@RestController
class ResponseTableController {

    private final ResponseTables responseTables;
    private final ResponseTableDocument document;
    private final Documents documents;

    ResponseTableController(ResponseTables responseTables, ResponseTableDocument document, Documents documents) {
        this.responseTables = responseTables;
        this.document = document;
        this.documents = documents;
    }

    @Operation(operationId = "getReviewResponses", summary = "Read the agency's review-response table (審查意見回覆表)")
    @GetMapping(value = "/api/cycles/{year}/agencies/{code}/review-responses", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseTable read(@PathVariable int year, @PathVariable String code) {
        return responseTables.responses(year, code);
    }

    @Operation(operationId = "downloadReviewResponses",
            summary = "Download the agency's review-response table (?format=ods|xlsx|odt|pdf|csv, or by Accept)")
    @GetDocument({"/api/cycles/{year}/agencies/{code}/review-responses", "/cycles/{year}/agencies/{code}/responses"})
    ResponseEntity<byte[]> download(@PathVariable int year, @PathVariable String code, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return documents.download(document.of(responseTables.responses(year, code)), request);
    }
}
