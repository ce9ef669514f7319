"""Communication records as the policy layer knows them: the author's, their team's."""

from __future__ import annotations

from junlite.auth.policy import FieldSpec, ObjectType, register
from junlite.comms.models import Communication

COMMUNICATION = register(
    ObjectType(
        name="communication",
        label="沟通记录",
        model=Communication,
        graphql_type="Communication",
        owner=Communication.author_id,
        team=Communication.team_id,
        fields=(
            FieldSpec("channel", "沟通方式"),
            FieldSpec("occurredAt", "沟通时间"),
            FieldSpec("contact", "联系人"),
            FieldSpec("direction", "呼入/呼出"),
            FieldSpec("durationSeconds", "通话时长"),
            FieldSpec("content", "沟通内容"),
            FieldSpec("result", "沟通结果"),
            FieldSpec("resultNote", "结果说明"),
            FieldSpec("nextFollowUpAt", "下次跟进时间"),
            FieldSpec("checkIn", "签到"),
            FieldSpec("author", "记录人", server_owned=True),
        ),
    )
)
