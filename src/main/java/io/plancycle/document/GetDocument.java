package io.plancycle.document;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a GET that answers with a document ({@link Documents#download}): chosen when the caller asks for one of the
 * document formats, by {@code Accept} or by {@code ?format=odt|ods|xlsx|pdf|csv}, beside the JSON or the page at the
 * same address.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequestMapping(method = RequestMethod.GET, produces = {"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf", "text/csv"})
public @interface GetDocument {

    @AliasFor(annotation = RequestMapping.class, attribute = "value")
    String[] value() default {};
}
