import { THEMES } from "../../view/Theme.ts";
import type { DisplayActions } from "../display.ts";
import type { StoreContext } from "./StoreContext.ts";

/**
 * The theme and trails. The worker paints the view's pictures in the theme's colours, with
 * the trails it keeps: a change asks for a picture in the new ones at once.
 */
export function createDisplaySlice(ctx: StoreContext): DisplayActions {
  const { set, get } = ctx;
  const repaint = () => ctx.world.requestPicture();
  return {
    setTheme(choice, quietly = false) {
      if (get().themeChoice === choice) return;
      if (quietly) {
        set({ themeChoice: choice });
        repaint();
        return;
      }
      const name =
        choice === "system"
          ? `the system's (${THEMES[get().systemTheme].label})`
          : THEMES[choice].label;
      set({ themeChoice: choice, announcement: `Theme: ${name}` });
      repaint();
    },
    setSystemTheme(name) {
      if (get().systemTheme === name) return;
      set({ systemTheme: name });
      if (get().themeChoice === "system") repaint();
    },
    toggleTrails() {
      const trails = !get().trails;
      set({ trails, announcement: trails ? "Trails on" : "Trails off" });
      repaint();
    },
  };
}
