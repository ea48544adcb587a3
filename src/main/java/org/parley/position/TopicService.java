package org.parley.position;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.parley.graphql.ErrorCode;
import org.parley.graphql.ParleyException;

@ApplicationScoped
public class TopicService {

    public Topic bySlug(String slug, String argument) {
        Topic topic = Topic.find("datasetKey", slug).firstResult();
        if (topic == null) {
            throw new ParleyException(ErrorCode.NOT_FOUND, "No topic has the slug '" + slug + "'",
                    Map.of("argument", argument));
        }
        return topic;
    }
}
