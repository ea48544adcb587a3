package org.parley.position;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.parley.core.ErrorCode;
import org.parley.core.ParleyException;

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
