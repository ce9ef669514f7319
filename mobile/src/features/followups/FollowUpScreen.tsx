import { Stack, useLocalSearchParams, useRouter } from "expo-router";
import { useState } from "react";

import { useRecords, useServices } from "../../core/ServicesContext";
import type { CommunicationChannel, CommunicationResult, CustomerFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { Body, Button, Choice, Field, Screen, Title } from "../../ui/controls";
import { nineOClock } from "../dates";
import { logFollowUp } from "../writes";

const CHANNELS: CommunicationChannel[] = ["PHONE", "WECHAT", "VISIT", "SMS", "EMAIL"];
const RESULTS: CommunicationResult[] = ["REACHED", "INTERESTED", "FOLLOW_UP_NEEDED", "NOT_REACHED", "NOT_INTERESTED", "OTHER"];
type Next = "none" | "tomorrow" | "in3" | "week";

/** The next follow-up at 9:00 on the chosen day, in the phone's time. */
export function nextFollowUp(choice: Next, now = new Date()): Date | null {
  if (choice === "none") return null;
  return nineOClock(choice === "tomorrow" ? 1 : choice === "in3" ? 3 : 7, now);
}

/** 写跟进: channel, contact, what was said, the result and when to follow up next (becomes a task). */
export function FollowUpScreen() {
  const params = useLocalSearchParams<{ subjectId: string; subjectName?: string; channel?: string }>();
  const services = useServices();
  const records = useRecords();
  const router = useRouter();
  const { t, formatTime } = useI18n();
  const customer = records.get<CustomerFieldsFragment>("customer", params.subjectId);
  const [channel, setChannel] = useState<CommunicationChannel>((params.channel as CommunicationChannel) ?? "PHONE");
  const [contactId, setContactId] = useState<string | null>(customer?.primaryContact?.id ?? null);
  const [content, setContent] = useState("");
  const [result, setResult] = useState<CommunicationResult | null>(null);
  const [next, setNext] = useState<Next>("none");
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (!content.trim()) return setError(t("followUp.contentRequired"));
    await logFollowUp(services, {
      subjectId: params.subjectId,
      subjectName: params.subjectName ?? "",
      channel,
      contactId,
      content,
      result,
      nextFollowUpAt: nextFollowUp(next),
    });
    router.back();
  };

  return (
    <Screen>
      <Stack.Screen options={{ title: t("followUp.title") }} />
      <Title>{params.subjectName ?? ""}</Title>
      <Choice label={t("followUp.channel")} value={channel} onChange={setChannel} options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))} />
      {customer && customer.contacts.length > 0 ? (
        <Choice label={t("followUp.contact")} value={contactId} onChange={setContactId} options={customer.contacts.map((contact) => ({ value: contact.id, label: contact.name ?? "" }))} />
      ) : null}
      <Field label={t("followUp.content")} value={content} onChangeText={(text) => (setContent(text), setError(null))} placeholder={t("followUp.contentHint")} multiline error={error} />
      <Choice label={t("followUp.result")} value={result} onChange={setResult} options={RESULTS.map((value) => ({ value, label: t(`result.${value}`) }))} />
      <Choice<Next>
        label={t("followUp.next")}
        value={next}
        onChange={setNext}
        options={[
          { value: "none", label: t("followUp.nextNone") },
          { value: "tomorrow", label: t("followUp.nextTomorrow") },
          { value: "in3", label: t("followUp.nextIn3") },
          { value: "week", label: t("followUp.nextWeek") },
        ]}
      />
      {next !== "none" ? <Body muted>{formatTime(nextFollowUp(next)!.toISOString())}</Body> : null}
      <Button label={t("followUp.save")} onPress={save} />
    </Screen>
  );
}
