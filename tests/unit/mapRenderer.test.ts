import { describe, expect, it } from 'vitest';
import { chooseMapRenderer, parseMapRenderer } from '$lib/domain/mapRenderer';
import { isSoftwareRenderer } from '$lib/map/webgl';

const hardware = { problem: null, software: false };
const software = { problem: null, software: true };
const none = { problem: 'no-webgl' as const, software: false };

describe('which map is drawn', () => {
	it('draws the detailed map on a GPU and the lite map on software WebGL, when nobody has chosen', () => {
		expect(chooseMapRenderer(hardware, null)).toEqual({ renderer: 'detailed' });
		expect(chooseMapRenderer(software, null)).toEqual({ renderer: 'lite', why: 'software' });
	});
	it("follows the reader's choice wherever WebGL works", () => {
		expect(chooseMapRenderer(software, 'detailed')).toEqual({ renderer: 'detailed' });
		expect(chooseMapRenderer(hardware, 'lite')).toEqual({ renderer: 'lite', why: 'chosen' });
		expect(chooseMapRenderer(software, 'lite')).toEqual({ renderer: 'lite', why: 'chosen' });
	});
	it('draws the lite map without WebGL2, whatever was chosen', () => {
		expect(chooseMapRenderer(none, 'detailed')).toEqual({ renderer: 'lite', why: 'unavailable' });
		expect(chooseMapRenderer(none, null)).toEqual({ renderer: 'lite', why: 'unavailable' });
	});
	it('reads a stored choice defensively', () => {
		expect(parseMapRenderer('lite')).toBe('lite');
		expect(parseMapRenderer('detailed')).toBe('detailed');
		for (const raw of [null, undefined, '', 'LITE', ' lite', '<img src=x onerror=alert(1)>', '__proto__', 1, {}])
			expect(parseMapRenderer(raw)).toBeNull();
	});
});

describe('software WebGL is recognised by its renderer name', () => {
	it.each([
		'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
		'Google SwiftShader',
		'llvmpipe (LLVM 15.0.6, 256 bits)',
		'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
		'softpipe'
	])('%s is software', (name) => expect(isSoftwareRenderer(name)).toBe(true));
	it.each([
		'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
		'ANGLE (NVIDIA, NVIDIA GeForce GTX 1050 Direct3D11 vs_5_0 ps_5_0, D3D11)',
		'Apple GPU',
		'WebKit WebGL'
	])('%s is a GPU', (name) => expect(isSoftwareRenderer(name)).toBe(false));
});
