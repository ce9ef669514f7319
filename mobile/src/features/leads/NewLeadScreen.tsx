import { Stack, useRouter } from "expo-router";

import { useServices } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { Screen } from "../../ui/controls";
import { createLead } from "../writes";
import { LeadForm } from "./LeadForm";

export { checkLead } from "./LeadForm";

/** A lead met in the field, in four fields and one tap (the rest can wait for the office). */
export function NewLeadScreen() {
  const services = useServices();
  const router = useRouter();
  const { t } = useI18n();
  return (
    <Screen>
      <Stack.Screen options={{ title: t("leads.new") }} />
      <LeadForm
        initial={{ name: "", phone: "", company: "", title: "", city: "", notes: "", priority: null }}
        saveLabel={t("lead.save")}
        onSave={async (draft) => {
          const id = await createLead(services, draft);
          router.replace({ pathname: "/lead/[id]", params: { id } });
        }}
      />
    </Screen>
  );
}
