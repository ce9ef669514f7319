import { Stack, useLocalSearchParams, useRouter } from "expo-router";
import { useCallback, useEffect, useState } from "react";
import { Image, View } from "react-native";

import { useServices } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { uuid7 } from "../../offline/ids";
import { Body, Button, Card, Field, Row, Screen, SectionHeader } from "../../ui/controls";
import { checkIn } from "../writes";
import { takePhoto } from "./camera";
import { currentFix, type Fix, LocationDeniedError } from "./location";
import { type PickedSubject, SubjectPicker } from "./SubjectPicker";

/** 外勤签到: where the rep is (with the GPS's accuracy), photos from the camera, what happened. */
export function CheckInScreen() {
  const params = useLocalSearchParams<{ subjectId?: string; subjectName?: string }>();
  const services = useServices();
  const router = useRouter();
  const { t, formatTime } = useI18n();
  const [subject, setSubject] = useState<PickedSubject | null>(params.subjectId ? { id: params.subjectId, name: params.subjectName ?? "" } : null);
  const [fix, setFix] = useState<Fix | null>(null);
  const [locating, setLocating] = useState(false);
  const [locationError, setLocationError] = useState<string | null>(null);
  const [photos, setPhotos] = useState<{ id: string; uri: string }[]>([]);
  const [notes, setNotes] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const locate = useCallback(async () => {
    setLocating(true);
    setLocationError(null);
    try {
      setFix(await currentFix());
    } catch (caught) {
      setLocationError(caught instanceof LocationDeniedError ? t("visit.locationDenied") : t("visit.locationFailed", { reason: String((caught as Error).message ?? caught) }));
    } finally {
      setLocating(false);
    }
  }, [t]);

  useEffect(() => {
    void locate();
  }, [locate]);

  const addPhoto = async () => {
    const photo = await takePhoto();
    if (!photo) return;
    const stored = await services.photos.add({ id: uuid7(), name: photo.name, contentType: photo.contentType, base64: photo.base64 });
    setPhotos((taken) => [...taken, { id: stored.id, uri: photo.uri }]);
  };

  const save = async () => {
    if (!subject) return setError(t("visit.needSubject"));
    if (!fix) return setError(t("visit.needLocation"));
    setSaving(true);
    await checkIn(services, {
      subjectId: subject.id,
      subjectName: subject.name,
      content: notes.trim() || t("visit.title"),
      latitude: fix.latitude,
      longitude: fix.longitude,
      accuracyMeters: fix.accuracyMeters,
      takenAt: fix.takenAt,
      photoIds: photos.map((photo) => photo.id),
    });
    router.back();
  };

  return (
    <Screen>
      <Stack.Screen options={{ title: t("visit.title") }} />
      <Card>
        <SectionHeader title={t("visit.customer")} />
        {subject ? (
          <Row>
            <Body style={{ fontWeight: "600" }}>{subject.name}</Body>
            {params.subjectId ? null : <Button compact kind="link" label={t("lead.edit")} onPress={() => setSubject(null)} />}
          </Row>
        ) : (
          <SubjectPicker onPick={(picked) => (setSubject(picked), setError(null))} />
        )}
      </Card>
      <Card testID="check-in-location">
        <SectionHeader title={t("visit.location")} />
        {locating ? <Body muted>{t("visit.locating")}</Body> : null}
        {fix ? (
          <>
            <Body>
              {fix.latitude.toFixed(5)}, {fix.longitude.toFixed(5)}
            </Body>
            <Body muted>
              {fix.accuracyMeters !== null ? t("visit.accuracy", { meters: Math.round(fix.accuracyMeters) }) : ""} · {formatTime(fix.takenAt.toISOString(), { hour: "2-digit", minute: "2-digit", second: "2-digit" })}
            </Body>
          </>
        ) : null}
        {locationError ? <Body color="danger">{locationError}</Body> : null}
        <Button compact kind="secondary" label={t("visit.relocate")} onPress={locate} disabled={locating} />
      </Card>
      <Card>
        <SectionHeader title={t("visit.photos")} count={photos.length} />
        <View style={{ flexDirection: "row", flexWrap: "wrap", gap: 8 }}>
          {photos.map((photo) => (
            <Image key={photo.id} source={{ uri: photo.uri }} style={{ width: 96, height: 96, borderRadius: 6 }} accessibilityLabel={t("visit.photos")} />
          ))}
        </View>
        <Button compact kind="secondary" label={t("visit.takePhoto")} onPress={addPhoto} />
      </Card>
      <Field label={t("visit.notes")} value={notes} onChangeText={setNotes} placeholder={t("visit.notesHint")} multiline />
      {error ? <Body color="danger">{error}</Body> : null}
      <Button label={t("visit.save")} onPress={save} busy={saving} />
    </Screen>
  );
}
