"""The demo organisation's lead set-up, made through the services as its admin and its marketing
specialist would: scoring rules, two routing rules, a web form on the website and an offline
event with its sign-up form. `junlite dev` then shows each of them working (open the form's
public page, submit it, and watch the lead arrive scored, routed and notified)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import Team, User
from junlite.auth.service import CurrentUser, load_current_user
from junlite.db.ids import uuid7
from junlite.leads.assignment import rules as routing_rules
from junlite.leads.assignment.models import RoutingAction
from junlite.leads.capture import events, forms
from junlite.leads.capture.forms import FormDraft, FormField, FormFieldType
from junlite.leads.models import LeadSource
from junlite.leads.scoring import rules as scoring_rules
from junlite.leads.scoring.rules import RuleDraft as ScoreRule

ADMIN = "admin@demo.junlite.cn"
MARKETING = "marketing@demo.junlite.cn"
SOUTH_REP = "rep2@demo.junlite.cn"
EAST_TEAM = "华东销售一组"

SCORE_RULES = (
    ScoreRule("制造业客户", 20, field="industry", operator="equals", values=["制造业"]),
    ScoreRule("留了邮箱", 5, field="hasEmail", operator="is_set"),
    ScoreRule("高意向优先级", 10, field="priority", operator="equals", values=["high"]),
    ScoreRule("访问价格页", 10, event_key="visited_pricing_page", max_per_day=3),
    ScoreRule("打开营销邮件", 5, event_key="opened_email", max_per_day=1),
    ScoreRule("提交网站表单", 10, event_key="form_submitted"),
    ScoreRule("公众号留言", 3, event_key="wechat_message", max_per_day=2),
    ScoreRule("参加线下活动", 15, event_key="event_attended"),
)  # fmt: skip

WEBSITE_FORM = FormDraft(
    name="官网咨询",
    fields=(
        FormField("name", "您的姓名", FormFieldType.TEXT, required=True, maps_to="name"),
        FormField("mobile", "手机号码", FormFieldType.PHONE, required=True, maps_to="phone"),
        FormField("company", "公司名称", FormFieldType.TEXT, maps_to="company"),
        FormField("email", "工作邮箱", FormFieldType.EMAIL, maps_to="email"),
        FormField("province", "所在省份", FormFieldType.TEXT, maps_to="province"),
        FormField(
            "budget", "预算", FormFieldType.SELECT, options=("10万以下", "10-50万", "50万以上")
        ),
        FormField("message", "想了解什么", FormFieldType.TEXTAREA),
    ),
    consent_text="我同意 JunLite 按隐私政策使用以上信息与我联系。",
    thank_you_message="感谢咨询，顾问将在一个工作日内联系您。",
    campaign="2026官网推广",
    default_tags=("官网",),
)


async def seed_demo_lead_setup(session: AsyncSession, org_id: uuid.UUID) -> None:
    admin = await _user(session, org_id, ADMIN)
    marketing = await _user(session, org_id, MARKETING)
    for draft in SCORE_RULES:
        await scoring_rules.create_rule(session, admin, draft)
    south_rep = await session.scalar(
        select(User.id).where(User.org_id == org_id, User.email == SOUTH_REP)
    )
    east_team = await session.scalar(
        select(Team.id).where(Team.org_id == org_id, Team.name == EAST_TEAM)
    )
    await routing_rules.create_rule(
        session,
        admin,
        routing_rules.RuleDraft(
            name="华南区网站线索",
            action=RoutingAction.USER,
            sources=(LeadSource.WEB_FORM.value,),
            provinces=("广东省", "广西壮族自治区", "海南省"),
            user_id=south_rep,
        ),
    )
    await routing_rules.create_rule(
        session,
        admin,
        routing_rules.RuleDraft(
            name="其余新线索轮询",
            action=RoutingAction.ROUND_ROBIN,
            team_id=east_team,
            member_capacity=200,
            follow_up_hours=24,
        ),
    )
    await forms.create_form(session, marketing, WEBSITE_FORM)
    event = await events.create_event(
        session,
        marketing,
        events.EventDraft(
            name="2026深圳高交会",
            event_date=date(2026, 11, 18),
            place="深圳会展中心",
            campaign="高交会2026",
            owner_id=marketing.id,
        ),
    )
    await events.create_sign_up_form(session, marketing, event.id)


async def _user(session: AsyncSession, org_id: uuid.UUID, email: str) -> CurrentUser:
    user_id = await session.scalar(
        select(User.id).where(User.org_id == org_id, User.email == email)
    )
    assert user_id is not None, email
    return await load_current_user(session, user_id, org_id, uuid7(), 0)
