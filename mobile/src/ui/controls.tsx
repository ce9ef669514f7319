import type { ReactNode } from "react";
import { ActivityIndicator, Pressable, ScrollView, StyleSheet, Text, TextInput, type TextInputProps, View, type ViewStyle } from "react-native";
import { SafeAreaView } from "react-native-safe-area-context";

import { type Palette, usePalette } from "../theme/theme";

export function Screen({ children, scroll = true }: { children: ReactNode; scroll?: boolean }) {
  const palette = usePalette();
  return (
    <SafeAreaView style={{ flex: 1, backgroundColor: palette.background }} edges={["left", "right", "bottom"]}>
      {scroll ? (
        <ScrollView contentContainerStyle={styles.content} keyboardShouldPersistTaps="handled">
          {children}
        </ScrollView>
      ) : (
        <View style={[styles.content, { flex: 1 }]}>{children}</View>
      )}
    </SafeAreaView>
  );
}

export function Card({ children, style, testID }: { children: ReactNode; style?: ViewStyle; testID?: string }) {
  const palette = usePalette();
  return (
    <View testID={testID} style={[styles.card, { backgroundColor: palette.surface, borderColor: palette.border }, style]}>
      {children}
    </View>
  );
}

export function Title({ children }: { children: ReactNode }) {
  const palette = usePalette();
  return (
    <Text accessibilityRole="header" style={[styles.title, { color: palette.text }]}>
      {children}
    </Text>
  );
}

export function Body({ children, muted, color, style }: { children: ReactNode; muted?: boolean; color?: keyof Palette; style?: object }) {
  const palette = usePalette();
  return <Text style={[styles.body, { color: palette[color ?? (muted ? "muted" : "text")] }, style]}>{children}</Text>;
}

type ButtonKind = "primary" | "secondary" | "danger" | "link";

export function Button({ label, onPress, kind = "primary", disabled, busy, compact, testID }: { label: string; onPress: () => void; kind?: ButtonKind; disabled?: boolean; busy?: boolean; compact?: boolean; testID?: string }) {
  const palette = usePalette();
  const filled = kind === "primary" || kind === "danger";
  const background = kind === "primary" ? palette.primary : kind === "danger" ? palette.danger : "transparent";
  const foreground = filled ? palette.onPrimary : kind === "link" ? palette.primary : palette.text;
  return (
    <Pressable
      testID={testID}
      accessibilityRole="button"
      accessibilityLabel={label}
      accessibilityState={{ disabled: !!(disabled || busy) }}
      disabled={disabled || busy}
      onPress={onPress}
      style={({ pressed }) => [
        compact ? styles.buttonCompact : styles.button,
        { backgroundColor: background, borderColor: kind === "secondary" ? palette.border : background, opacity: disabled ? 0.5 : pressed ? 0.75 : 1 },
      ]}
    >
      {busy ? <ActivityIndicator color={foreground} /> : <Text style={[styles.buttonText, { color: foreground }]}>{label}</Text>}
    </Pressable>
  );
}

export function Field({ label, error, ...input }: TextInputProps & { label: string; error?: string | null }) {
  const palette = usePalette();
  return (
    <View style={styles.field}>
      <Text style={[styles.label, { color: palette.muted }]}>{label}</Text>
      <TextInput
        accessibilityLabel={label}
        placeholderTextColor={palette.muted}
        style={[styles.input, { color: palette.text, borderColor: error ? palette.danger : palette.border, backgroundColor: palette.surface }, input.multiline ? styles.multiline : null]}
        {...input}
      />
      {error ? (
        <Text accessibilityRole="alert" style={[styles.error, { color: palette.danger }]}>
          {error}
        </Text>
      ) : null}
    </View>
  );
}

/** One choice among a few, as tappable chips (a picker is slower to use with one hand). */
export function Choice<T extends string>({ label, options, value, onChange }: { label: string; options: { value: T; label: string }[]; value: T | null; onChange: (value: T) => void }) {
  const palette = usePalette();
  return (
    <View style={styles.field} accessibilityRole="radiogroup" accessibilityLabel={label}>
      <Text style={[styles.label, { color: palette.muted }]}>{label}</Text>
      <View style={styles.chips}>
        {options.map((option) => {
          const selected = option.value === value;
          return (
            <Pressable
              key={option.value}
              accessibilityRole="radio"
              accessibilityLabel={option.label}
              accessibilityState={{ checked: selected }}
              onPress={() => onChange(option.value)}
              style={[styles.chip, { borderColor: selected ? palette.primary : palette.border, backgroundColor: selected ? palette.primary : palette.surface }]}
            >
              <Text style={{ color: selected ? palette.onPrimary : palette.text }}>{option.label}</Text>
            </Pressable>
          );
        })}
      </View>
    </View>
  );
}

export function Badge({ label, color }: { label: string; color: keyof Palette }) {
  const palette = usePalette();
  return (
    <View style={[styles.badge, { borderColor: palette[color] }]}>
      <Text style={{ color: palette[color], fontSize: 12 }}>{label}</Text>
    </View>
  );
}

export function Row({ children, style }: { children: ReactNode; style?: ViewStyle }) {
  return <View style={[styles.row, style]}>{children}</View>;
}

export function SectionHeader({ title, count }: { title: string; count?: number }) {
  const palette = usePalette();
  return (
    <Text accessibilityRole="header" style={[styles.section, { color: palette.muted }]}>
      {title}
      {count !== undefined ? ` · ${count}` : ""}
    </Text>
  );
}

const styles = StyleSheet.create({
  content: { padding: 12, gap: 10 },
  card: { borderWidth: StyleSheet.hairlineWidth, borderRadius: 10, padding: 12, gap: 6 },
  title: { fontSize: 20, fontWeight: "600" },
  body: { fontSize: 15, lineHeight: 21 },
  button: { minHeight: 44, borderRadius: 8, paddingHorizontal: 16, alignItems: "center", justifyContent: "center", borderWidth: 1 },
  buttonCompact: { minHeight: 36, borderRadius: 8, paddingHorizontal: 12, alignItems: "center", justifyContent: "center", borderWidth: 1 },
  buttonText: { fontSize: 15, fontWeight: "600" },
  field: { gap: 4 },
  label: { fontSize: 13 },
  input: { borderWidth: 1, borderRadius: 8, paddingHorizontal: 10, paddingVertical: 10, fontSize: 16 },
  multiline: { minHeight: 88, textAlignVertical: "top" },
  error: { fontSize: 13 },
  chips: { flexDirection: "row", flexWrap: "wrap", gap: 8 },
  chip: { borderWidth: 1, borderRadius: 16, paddingHorizontal: 12, paddingVertical: 6 },
  badge: { borderWidth: 1, borderRadius: 4, paddingHorizontal: 6, paddingVertical: 1, alignSelf: "flex-start" },
  row: { flexDirection: "row", alignItems: "center", gap: 8, flexWrap: "wrap" },
  section: { fontSize: 13, fontWeight: "600", marginTop: 8 },
});
