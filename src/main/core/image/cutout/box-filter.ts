/**
 * The mean of each pixel's (2r+1)² window, clipped at the frame, from one integral image: the
 * cost does not grow with the radius, which keeps the guided filter cheap at any size.
 */
export function boxMean(values: Float32Array, width: number, height: number, radius: number): Float32Array {
  const stride = width + 1;
  const integral = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y += 1) {
    let row = 0;
    for (let x = 0; x < width; x += 1) {
      row += values[y * width + x] ?? 0;
      integral[(y + 1) * stride + x + 1] = (integral[y * stride + x + 1] ?? 0) + row;
    }
  }
  const means = new Float32Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const top = Math.max(0, y - radius);
    const bottom = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x += 1) {
      const left = Math.max(0, x - radius);
      const right = Math.min(width, x + radius + 1);
      const sum = (integral[bottom * stride + right] ?? 0) - (integral[top * stride + right] ?? 0) - (integral[bottom * stride + left] ?? 0) + (integral[top * stride + left] ?? 0);
      means[y * width + x] = sum / ((bottom - top) * (right - left));
    }
  }
  return means;
}
