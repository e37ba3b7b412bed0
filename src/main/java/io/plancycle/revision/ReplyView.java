package io.plancycle.revision;

import java.time.Instant;

/** An agency's reply (回覆說明) to a comment of the evaluation team, with who wrote it and when. */
public record ReplyView(Long commentId, int round, String text, String author, Instant repliedAt) {

    static ReplyView of(CommentReply reply) {
        return new ReplyView(reply.getCommentId(), reply.getRound(), reply.getText(), reply.getAuthor(),
                reply.getRepliedAt());
    }
}
